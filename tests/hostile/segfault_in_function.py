"""Attack: softmax crashes the interpreter (ctypes reads address 0) on every call.

Expected: every softmax case scores zero with "the call crashed: the process was killed by
SIGSEGV"; the worker is restarted for the next case and every other question keeps full
marks (12 / 15).
"""

# %%
import ctypes


def softmax(x):
    ctypes.string_at(0)
