"""Attack: numerical_diff ends the process with os._exit(3) on every call.

Expected: every numerical_diff case scores zero with "the process exited with status 3";
the worker is restarted for the next case, every other question keeps full marks (14 / 15).
"""

# %%
import os


def numerical_diff(f, x):
    os._exit(3)
