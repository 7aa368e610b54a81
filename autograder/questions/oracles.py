"""Helpers for the trusted side's oracle callables (the `oracle` dicts of the questions).

    @memoized        results kept by a digest of the arguments' bytes (a batch of
                     submissions asks the same heavy question again and again)
    @one_blas_thread the call runs with one BLAS thread
    @blas_share      a long call runs with this grading process's share of the cores
"""
import collections
import contextlib
import functools
import hashlib
import inspect
import threading

import numpy as np

from ..worker import affinity


def _digest(value, sink):
    """Feed a canonical encoding of plain data (arrays, numbers, lists, dicts) to `sink`."""
    if isinstance(value, np.ndarray):
        sink.update(f"a{value.dtype.str}{value.shape}".encode())
        sink.update(np.ascontiguousarray(value).data)
    elif isinstance(value, dict):
        sink.update(f"d{len(value)}".encode())
        for key in sorted(value, key=str):
            _digest(str(key), sink)
            _digest(value[key], sink)
    elif isinstance(value, (list, tuple)):
        sink.update(f"l{len(value)}".encode())
        for item in value:
            _digest(item, sink)
    else:
        sink.update(f"{type(value).__name__}:{value!r};".encode())


def memoized(function, size=8):
    """`function` with its last `size` results kept, keyed by a digest of its arguments.

    The cached value itself is returned: callers must not modify it.
    """
    signature = inspect.signature(function)
    cache = collections.OrderedDict()
    lock = threading.Lock()  # a reference curve's thread may ask at the same time (case_details)

    @functools.wraps(function)
    def call(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        sink = hashlib.blake2b(digest_size=20)
        _digest(list(bound.arguments.items()), sink)
        key = sink.digest()
        with lock:  # computed once, the other caller waits for it
            if key not in cache:
                cache[key] = function(*bound.args, **bound.kwargs)
                while len(cache) > size:
                    cache.popitem(last=False)
            cache.move_to_end(key)
            return cache[key]
    return call


@functools.lru_cache(maxsize=1)
def _blas():
    try:
        from threadpoolctl import ThreadpoolController  # a core dependency (pyproject.toml)
    except ImportError:
        return None
    return ThreadpoolController()


def one_blas_thread(function):
    """`function` run with one BLAS thread.

    While an oracle call runs, the worker waits, and between two calls the grading process
    waits for the worker: BLAS threads spinning in either gap take the cores the other
    side needs, which made grading several times slower on a busy machine. The command
    line sets one thread for its whole process; a test or a kernel may not.
    """
    @functools.wraps(function)
    def call(*args, **kwargs):
        with _blas_threads(1):
            return function(*args, **kwargs)
    return call


def _blas_threads(count):
    """The block runs with `count` BLAS threads (threadpoolctl), as far as it can say."""
    controller = _blas()
    return controller.limit(limits=count, user_api="blas") if controller else \
        contextlib.nullcontext()


_share = 1   # BLAS threads a @blas_share call may use in this process (set_blas_share)


def set_blas_share(threads):
    """This grading process's share of the cores (batch.py: the CPUs divided by -j)."""
    global _share
    _share = max(1, int(threads))


def blas_share(function):
    """`function` run with this grading process's share of the cores for BLAS, on all of
    its CPUs: for one long computation (hw4's 2000 steps on the cat images, once per
    process), during which the worker only waits. The calling thread may be pinned to one
    CPU for its case's round trips (worker/affinity.py); BLAS threads started inside that
    would be pinned there too.
    """
    @functools.wraps(function)
    def call(*args, **kwargs):
        with affinity.unpinned(), _blas_threads(_share):
            return function(*args, **kwargs)
    return call
