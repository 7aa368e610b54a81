"""Attack: a cell that closes every file descriptor above 2, taking the worker's private
grading channel with it.

Expected: the worker can no longer answer; the grader sees the channel close, reports the
cell and skips it, restarts the worker and replays the notebook without it (15 / 15).
"""

# %%
import os

os.closerange(3, 1024)
