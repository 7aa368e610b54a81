"""Attack: a fork bomb. Every process forks for ever (sleeping briefly whenever the kernel
refuses, so the machine is not pegged).

Expected: the sandbox uid's process cap (RLIMIT_NPROC) stops it at a few dozen processes;
the cell hangs and is stopped at the cell time budget ("did not finish within"), the whole
PID namespace is killed, and the notebook is replayed without the cell (15 / 15).
"""

# %%
import os
import time

while True:
    try:
        os.fork()
    except OSError:
        time.sleep(0.05)
