"""The worker loop: `python -m nngrader_worker` inside the sandbox.

Requests arrive on standard input and replies leave on standard output (see wire.py);
before any submitted code runs, both are moved to private descriptors and the standard
streams point to /dev/null, so a submission's prints never reach the channel.
Requests:
  {"op": "cell", "index": i, "source": str}                  run one code cell
  {"op": "case", "driver": str, "params": {}, "inputs": {},   exercise a question
   "shared": {name: file}, "oracle": [names], "inject": [names]}
While a case runs, the worker may itself ask {"op": "oracle", "name", "args", "kwargs"};
the trusted side answers {"ok": True, "value": ...} or {"ok": False, "error": str}.
"""
import builtins
import linecache
import os
import resource
import sys
import types

from . import ipython_names, wire
from .affinity import pinned
from .drive import drive_case
from .drivers import PROXY_CLASSES
from .drivers.base import describe_exception, exception_text
from .oracle import Oracle

REQUEST_BUFFER_BYTES = 1 << 16


def drop_privileges():
    """As root inside bubblewrap, become an unprivileged user with a process cap.

    RLIMIT_NPROC is not enforced for root, so the fork-bomb limit only works after this.
    """
    uid = os.environ.get("NNGRADER_SANDBOX_UID", "")
    if uid and os.geteuid() == 0:
        uid = int(uid)
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    limit = int(os.environ.get("NNGRADER_MAX_PROCESSES", "0"))
    if limit:
        resource.setrlimit(resource.RLIMIT_NPROC, (limit, limit))


def private_channel():
    """Return (requests, replies) streams and point fds 0, 1, 2 at /dev/null."""
    # buffered: a message's frames arrive in one read, not two system calls per frame
    requests = os.fdopen(os.dup(0), "rb", buffering=REQUEST_BUFFER_BYTES)
    replies = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    return requests, replies


def run_cell(namespace, index, source):
    name = f"<cell {index}>"
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)  # as IPython
    try:
        code = compile(source, name, "exec")
        exec(code, namespace)
    except BaseException as error:  # SystemExit and KeyboardInterrupt are cell errors too
        return {"ok": False, "error": describe_exception(error)}
    return {"ok": True}


def run_case(namespace, request, oracle, inputs_dir):
    inputs = dict(request.get("inputs") or {})
    import numpy as np

    try:
        for name, file_name in (request.get("shared") or {}).items():
            inputs[name] = np.load(os.path.join(inputs_dir, file_name), allow_pickle=False)
    except OSError as error:  # the grader's files, or what the submission did to np.load
        return {"ok": False, "kind": "inputs",  # the trusted side tells which (grade.py)
                "error": f"the case's input data could not be loaded ({error.strerror})"}
    deps = {name: oracle.proxy(name) for name in request.get("oracle") or []}
    with pinned(request.get("cpu")):  # the grading thread's CPU while they talk
        return drive_case(namespace, deps, inputs, request)


def warm_matplotlib_cache(inputs_dir):
    """Copy the font cache built once per batch, so matplotlib does not rebuild it."""
    source, target = os.path.join(inputs_dir, "matplotlib"), os.environ.get("MPLCONFIGDIR")
    if target and os.path.isdir(source) and not os.path.exists(target):
        import shutil

        shutil.copytree(source, target)


def main():
    requests, replies = private_channel()
    drop_privileges()
    inputs_dir = os.environ.get("NNGRADER_INPUTS", "/inputs")
    warm_matplotlib_cache(inputs_dir)
    oracle = Oracle(requests, replies, PROXY_CLASSES)
    # the notebook's globals are the `__main__` module, as in Jupyter: code that defines
    # names through sys.modules["__main__"], or pickles its own classes, works the same
    notebook = types.ModuleType("__main__")
    notebook.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = notebook
    namespace = notebook.__dict__
    ipython_names.install(namespace)  # get_ipython() and display(), as in Jupyter
    sys.argv = ["notebook"]
    wire.send(replies, {"op": "ready"})
    while True:
        request = wire.receive(requests)
        if request.get("op") == "cell":
            reply = run_cell(namespace, request["index"], request["source"])
        elif request.get("op") == "case":
            reply = run_case(namespace, request, oracle, inputs_dir)
        else:
            break
        try:
            wire.send(replies, reply, wire.MAX_REPLY_BYTES)
        except BaseException as error:  # an output that cannot even be encoded, or too large
            wire.send(replies, {"ok": False, "kind": "contract",
                                "error": "the result could not be sent back: "
                                + exception_text(error)})


if __name__ == "__main__":
    main()
