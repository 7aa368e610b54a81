"""Chinese for the sentences the sandboxed worker writes in English (it cannot import
this package): (compiled pattern, replacement) pairs applied in order by worker_text.
"""
import re

WORKER_ZH = [
]
