"""`within(seconds, function, *args)` and `with alarm(seconds):`: work cut off in time
(Expired, a TimeoutError).

A case's `derive` computes on outputs the submission chose; its budget (budget.py) bounds
the sizes, and this bounds the time, with the case's own timeout. In the main thread
(the CLI and each `-j` pool process grade there) SIGALRM interrupts the computation
between two Python steps. In any other thread the work runs in a daemon thread that is
given up at the deadline (it finishes, bounded by the budget, in the background).
in_kernel.py bounds the submission's own call with it, in the kernel's main thread only.
"""
import contextlib
import signal
import threading
import time


class Expired(TimeoutError):
    """The work did not finish in time (never raised by the work itself)."""


class _Expired(BaseException):
    """Raised by SIGALRM; a BaseException so `except Exception` in the work cannot eat it."""


def within(seconds, function, *args):
    """`function(*args)`, or Expired after `seconds`."""
    if threading.current_thread() is threading.main_thread():
        return _with_alarm(seconds, function, args)
    return _in_thread(seconds, function, args)


def _message(seconds):
    return f"the trusted side's work on the returned values did not finish within {seconds:g} s"


def _with_alarm(seconds, function, args):
    try:
        with alarm(seconds):
            return function(*args)
    except Expired:
        raise Expired(_message(seconds)) from None


@contextlib.contextmanager
def alarm(seconds):
    """Raise Expired if the block is still running after `seconds` (SIGALRM, main thread).

    In any other thread the block runs unbounded: the caller bounds its own waits.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if seconds <= 0:
        raise Expired(f"no time left (within {seconds:g} s)")

    def expire(signum, frame):
        raise _Expired()

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expire)
    outer = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Expired:  # also when it fires between the block's end and the line above
        raise Expired(f"did not finish within {seconds:g} s") from None
    finally:
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
        if outer[0]:  # a caller's own alarm goes on, minus the time spent here
            signal.setitimer(signal.ITIMER_REAL,
                             max(outer[0] - (time.monotonic() - started), 1e-3), outer[1])


def _in_thread(seconds, function, args):
    result = {}

    def run():
        try:
            result["value"] = function(*args)
        except BaseException as error:  # handed to the caller below
            result["error"] = error

    worker = threading.Thread(target=run, name="nngrader-derive", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise Expired(_message(seconds))
    if "error" in result:
        raise result["error"]
    return result["value"]
