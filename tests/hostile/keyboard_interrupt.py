"""Attack: KeyboardInterrupt. A cell raises it, another sends itself SIGINT; 
cross_entropy_error raises KeyboardInterrupt on every call.

Expected: like any exception: the cells are skipped, cross_entropy_error scores zero with
"raised KeyboardInterrupt", SimpleNet (graded with the trusted cross-entropy) and the rest
keep full marks (12 / 15).
"""

# %%
raise KeyboardInterrupt

# %%
import os
import signal
import time

os.kill(os.getpid(), signal.SIGINT)
time.sleep(1)


# %%
def cross_entropy_error(p, y):
    raise KeyboardInterrupt
