"""The grading thread and its worker on one CPU while a case's oracle calls go back and forth.

A case whose submission calls a dependency (propagate inside optimize, numerical_gradient
inside gradient_descent, the network inside train) is hundreds of round trips between the
grading process and the sandboxed worker, each a few small messages. When the two sides run
on different CPUs every message wakes a sleeping CPU; on the kit's 2-core virtual machine
that made a round trip about 0.5 ms instead of 0.3 (benchmarks/round_trip.py). So for the
length of such a case both threads are pinned to one CPU, the grading process's home;
cells, and the worker's other threads (BLAS), run wherever the scheduler puts them.

Imported by both sides: the worker (nngrader_worker, inside the sandbox) and session.py.
"""
import contextlib
import os

_home = None


def set_home(index):
    """This process's home CPU: the `index`-th (modulo) of the CPUs it may run on, so that
    the pool processes of a batch each get their own."""
    global _home
    cpus = usable_cpus()
    _home = cpus[index % len(cpus)] if cpus else None


def home_cpu():
    """This process's home CPU, or None where CPUs cannot be chosen. Unless set_home()
    chose it, one of the allowed CPUs picked by the process id."""
    if _home is None:
        set_home(os.getpid())
    return _home


def usable_cpus():
    """The CPUs this process was given, in order ([] where that cannot be known)."""
    return sorted(_PROCESS_CPUS)


def pinned(cpu):
    """The calling thread runs only on `cpu` in the block (None, or not a CPU it may use:
    nothing changes); its CPUs before are restored after."""
    try:
        cpu = int(cpu)
    except (TypeError, ValueError, OverflowError):
        return contextlib.nullcontext()
    return _only_on({cpu} if cpu in _PROCESS_CPUS else set())


def unpinned():
    """The calling thread runs on all of this process's CPUs in the block, as when the
    process started, and goes back to its CPUs after."""
    return _only_on(_PROCESS_CPUS)


@contextlib.contextmanager
def _only_on(cpus):
    before = None
    if cpus:
        try:
            before = os.sched_getaffinity(0)
            os.sched_setaffinity(0, cpus)
        except OSError:  # a cpuset that changed under us: run where we are
            before = None
    try:
        yield
    finally:
        if before is not None:
            with contextlib.suppress(OSError):
                os.sched_setaffinity(0, before)


def _cpus_at_start():
    try:
        return frozenset(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux: nothing is pinned
        return frozenset()


_PROCESS_CPUS = _cpus_at_start()   # before any pinning
