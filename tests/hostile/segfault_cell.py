"""Attack: a cell that crashes the interpreter with a segmentation fault (ctypes reads
address 0).

Expected: the cell is reported ("killed by SIGSEGV") and skipped, the worker restarted and
the notebook replayed without it: 15 / 15.
"""

# %%
import ctypes

ctypes.string_at(0)
