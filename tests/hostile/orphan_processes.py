"""Attack: leave processes behind. A cell double-forks a child that leaves the worker's
session (setsid), ignores SIGHUP/SIGTERM and becomes `sleep 86400.5`; another child stays
in the worker's process group and sleeps too. The cell itself returns normally.

Expected: nothing to grade here (15 / 15), and when the worker is killed the sandbox's PID
namespace goes with it: no process of the sandbox survives the batch.
"""

# %%
import os
import signal
import time

if os.fork() == 0:
    os.setsid()
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if os.fork() == 0:
        os.execv("/bin/sleep", ["sleep", "86400.5"])
    os._exit(0)
if os.fork() == 0:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(86400.5)
    os._exit(0)
time.sleep(0.2)
