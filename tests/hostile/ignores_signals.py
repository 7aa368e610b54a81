"""Attack: a cell that ignores or blocks every catchable signal, then sleeps forever.

Expected: signals are not how the grader stops a worker; it kills the sandbox with SIGKILL
(which cannot be caught) at the cell time budget. The cell is reported ("did not finish
within") and skipped; 15 / 15.
"""

# %%
import signal
import time

for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT,
               signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGXCPU):
    signal.signal(number, signal.SIG_IGN)
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT, signal.SIGHUP})
while True:
    try:
        time.sleep(0.1)
    except BaseException:
        pass
