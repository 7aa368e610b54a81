"""A warm sandbox started before it is needed, and closed ones reaped later.

Starting a warm worker (three forks of the zygote, new namespaces and mounts, the worker's
own set-up) and waiting for a closed one to end cost tens of milliseconds a submission, a
tenth of grading a hw1 notebook. So a grading process that asks for it (`enable()`: the
`-j` pool processes and the Dask workers) keeps one spare sandbox per kind of session
(inputs, data folder, limits): when a session starts, the next sandbox is spawned at once
(it has the whole submission's time to get ready), and a closed one ends by itself while
grading goes on; the next session to start takes the spare once it has said "ready"
(session.WorkerSession.start), and closed sessions are reaped (cgroup removed, uid lease
released) at a later close, or killed if they have not ended within END_SECONDS.

A spare is an ordinary sandbox, made exactly as a session's own would be (its own uid,
memory cgroup, namespaces, /tmp and limits) in which nothing has run yet: it holds nothing
of any submission. `close_all()` (warm.close_zygotes calls it) ends the spares and reaps
the closed sessions of this process.
"""
import multiprocessing.util
import os
import time

END_SECONDS = 2.0     # a closed sandbox that has not ended by then is killed

_enabled = False
_spares = {}          # (pid, kind) -> a WorkerSession spawned, its "ready" not yet read
_closing = []         # (pid, deadline, WorkerSession) said "bye", not yet reaped


def enable():
    """Keep spare sandboxes in this process (a process that grades one submission after
    another; a spare lives until the next session of its kind, or close_all()).

    A `-j` pool process leaves by os._exit, without atexit: the spares and their cgroups
    are then ended by multiprocessing's exit finalizers instead (the zygotes by warm.py's).
    """
    global _enabled
    if not _enabled:
        multiprocessing.util.Finalize(None, close_all, exitpriority=10)
    _enabled = True


def enabled():
    return _enabled


def take(kind):
    """The spare sandbox of this kind (a started WorkerSession), or None."""
    return _spares.pop((os.getpid(), kind), None)


def offer(kind, spawn):
    """Make `spawn()` (a WorkerSession spawned, not yet read) the spare of this kind, unless
    there is one. A spare that cannot be made is no loss: the next session starts its own."""
    key = (os.getpid(), kind)
    if key in _spares:
        return
    try:
        _spares[key] = spawn()
    except Exception:  # noqa: BLE001 - WorkerDidNotStart, ZygoteFailed, OSError
        pass


def end_later(session):
    """`session` said "bye": reap it once it has ended (at a later call here)."""
    reap()
    _closing.append((os.getpid(), time.monotonic() + END_SECONDS, session))


def reap(wait=False):
    """Release the closed sessions of this process that have ended (or, with `wait`, all
    of them, waiting up to their deadline); kill those past their deadline."""
    now = time.monotonic()
    for entry in [entry for entry in _closing if entry[0] == os.getpid()]:
        _, deadline, session = entry
        if wait:
            session.release(grace=max(0.0, deadline - now))
        elif session.ended() or now > deadline:
            session.release()
        else:
            continue
        _closing.remove(entry)


def close_all():
    """End this process's spares and reap its closed sessions."""
    for key in [key for key in _spares if key[0] == os.getpid()]:
        _spares.pop(key).release()
    reap(wait=True)
