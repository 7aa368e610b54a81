"""Warm sandboxes: numpy and matplotlib imported once per grading process, not per worker.

A fresh interpreter spends about a second importing numpy and matplotlib.pyplot, more than
the rest of grading a hw1 submission. So each grading process (the CLI, or each `-j` pool
process) starts one *zygote* (worker/zygote.py) in bubblewrap, with the same mounts,
namespaces, seccomp filter and environment as a worker, and with only the capabilities
it needs to make sandboxes (CAP_SYS_ADMIN for namespaces and mounts, CAP_NET_ADMIN to
bring up `lo` in each new network namespace, CAP_SETUID and CAP_SETGID for the worker's
drop to its leased uid). Each worker is then a fork of it, in
fresh PID, mount (own /tmp and /proc), IPC, network and UTS namespaces, in its own memory
cgroup, with its own rlimits, as its own uid (docs/SECURITY.md, "Warm sandboxes").

Only when the grader is root (an unprivileged grader has no uid to give each worker) and
`$NNGRADER_WARM` is not "0". If the zygote cannot start, this process goes on with cold
workers (`python -m nngrader_worker` in a bwrap of its own), as before.
"""
import atexit
import json
import logging
import multiprocessing.util
import os
import select
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

from . import spares
from .sandbox import Limits, seccomp_file, worker_command

WARM_ENV_VAR = "NNGRADER_WARM"
ZYGOTE_CAPABILITIES = ("CAP_SYS_ADMIN", "CAP_NET_ADMIN", "CAP_SETUID", "CAP_SETGID")
START_SECONDS = 60.0       # imports in a loaded machine; a slow start falls back to cold
REQUEST_SECONDS = 30.0     # a fork, or a kill and a wait
MAX_MESSAGE = 1 << 16


class ZygoteFailed(OSError):
    """The zygote did not start, or stopped answering."""


def warm_possible(use_bubblewrap):
    return use_bubblewrap and os.geteuid() == 0 and os.environ.get(WARM_ENV_VAR, "1") != "0"


class Zygote:
    """One warm process in bubblewrap, and the control socket to it."""

    def __init__(self, inputs_dir, data_dir=None, blas_threads=1):
        self.lock = threading.Lock()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.control = ours
        self.filter = seccomp_file()
        bwrap_flags = ["--cap-drop", "ALL"]
        for capability in ZYGOTE_CAPABILITIES:
            bwrap_flags += ["--cap-add", capability]
        # numpy reads its BLAS thread count when it is imported, here: a worker forked from
        # this zygote has `blas_threads`, whatever its own environment says
        argv, env, cwd = worker_command(
            inputs_dir, data_dir, True, limits=Limits(blas_threads=blas_threads),
            seccomp_fd=None if self.filter is None else self.filter.fileno(),
            module="nngrader_worker.zygote", bwrap_flags=bwrap_flags,
            module_args=[str(theirs.fileno())])
        self.stderr = tempfile.TemporaryFile()
        fds = [theirs.fileno()] + ([] if self.filter is None else [self.filter.fileno()])
        try:
            self.process = subprocess.Popen(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                                            stdout=subprocess.DEVNULL, stderr=self.stderr,
                                            pass_fds=fds, start_new_session=True)
        finally:
            theirs.close()
        try:
            reply = self._receive(START_SECONDS)
        except ZygoteFailed as error:
            self.close()
            raise ZygoteFailed(f"{error}; it said: {self.errors()}") from None
        if reply.get("op") != "ready":
            self.close()
            raise ZygoteFailed(f"the zygote did not say ready: {reply}")

    def errors(self):
        self.stderr.seek(0)
        return " ".join(self.stderr.read(4096).decode(errors="replace").split())

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def request(self, message, fds=()):
        with self.lock:
            try:
                self.control.settimeout(REQUEST_SECONDS)
                socket.send_fds(self.control, [json.dumps(message).encode()], list(fds))
            except OSError as error:
                raise ZygoteFailed(f"the zygote is gone: {error}") from None
            reply = self._receive(REQUEST_SECONDS)
        if "error" in reply:
            raise ZygoteFailed(f"the zygote could not {message['op']}: {reply['error']}")
        return reply

    def _receive(self, timeout):
        self.control.settimeout(timeout)
        try:
            data = self.control.recv(MAX_MESSAGE)
        except OSError as error:  # socket.timeout included
            raise ZygoteFailed(f"the zygote did not answer: {error or 'timed out'}") from None
        if not data:
            raise ZygoteFailed("the zygote ended")
        return json.loads(data)

    def spawn(self, env, limits, stderr, cgroup=None):
        """A worker in a fresh sandbox; a ZygoteChild (what Popen is to a cold worker)."""
        to_worker, from_grader = os.pipe()
        to_grader, from_worker = os.pipe()
        fds = [to_worker, from_worker, stderr.fileno()]
        procs = None
        if cgroup is not None:
            procs = os.open(Path(cgroup.path, "cgroup.procs"), os.O_WRONLY | os.O_CLOEXEC)
            fds.append(procs)
        request = {"op": "spawn", "env": env,
                   "limits": {"memory_bytes": limits.memory_bytes,
                              "cpu_seconds": limits.cpu_seconds,
                              "file_bytes": limits.file_bytes, "tmp_bytes": limits.tmp_bytes}}
        try:
            pid = self.request(request, fds)["pid"]
        except BaseException:
            os.close(from_grader)
            os.close(to_grader)
            raise
        finally:
            for fd in (to_worker, from_worker, procs):
                if fd is not None:
                    os.close(fd)
        return ZygoteChild(self, pid, os.fdopen(from_grader, "wb", buffering=0),
                           os.fdopen(to_grader, "rb", buffering=0))

    def close(self):
        """EOF on the control socket ends the zygote; bubblewrap takes its namespace down."""
        try:
            self.control.close()
        except OSError:
            pass
        if self.process is not None:
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
        if self.filter is not None:
            self.filter.close()
            self.filter = None
        self.stderr.close()


class ZygoteChild:
    """A warm worker as the session sees it: pipes, poll(), and a kill of its sandbox."""

    def __init__(self, zygote, pid, stdin, stdout):
        self.zygote, self.pid, self.stdin, self.stdout = zygote, pid, stdin, stdout
        self.returncode = None

    def poll(self):
        """The exit status, or None while it runs. Between requests a live worker has
        nothing to say: while its reply pipe is quiet it is taken as running (a dead one
        is found at the next read, by EOF) without a round trip to the zygote."""
        if self.returncode is None and not select.select([self.stdout], [], [], 0)[0]:
            return None
        if self.returncode is None:
            try:
                self.returncode = self.zygote.request({"op": "poll", "pid": self.pid})["status"]
            except ZygoteFailed:  # the zygote took its sandboxes with it
                self.returncode = -9
        return self.returncode

    def kill(self, grace=0.0):
        """Kill the sandbox (its init, and so every process in it); its exit status."""
        if self.returncode is None:
            try:
                self.returncode = self.zygote.request(
                    {"op": "kill", "pid": self.pid, "grace": grace})["status"]
            except ZygoteFailed:
                self.returncode = -9
        return self.returncode


_zygotes = {}
_unavailable = set()


def zygote_for(inputs_dir, data_dir=None, blas_threads=1):
    """This process's zygote for a batch's inputs and a sandbox's BLAS threads, started on
    first use; None when the warm path cannot be had here (then workers start cold)."""
    key = (str(inputs_dir), str(data_dir) if data_dir else None, blas_threads, os.getpid())
    zygote = _zygotes.get(key)
    if zygote is not None and zygote.alive():
        return zygote
    if zygote is not None:
        zygote.close()
        del _zygotes[key]
    if key in _unavailable:
        return None
    try:
        zygote = Zygote(inputs_dir, data_dir, blas_threads)
    except (OSError, ValueError) as error:
        _unavailable.add(key)
        logging.getLogger(__name__).warning(
            "warm sandboxes are not available (%s); each worker starts a fresh interpreter",
            error)
        return None
    if not any(other[-1] == os.getpid() for other in _zygotes):
        # a `-j` pool process leaves by os._exit, without atexit: end its zygotes then
        multiprocessing.util.Finalize(None, close_zygotes, exitpriority=10)
    _zygotes[key] = zygote
    return zygote


def close_zygotes():
    """End this process's zygotes (a batch calls it when it is done with its inputs), and
    first its spare and closing sandboxes (spares.py)."""
    spares.close_all()
    for key in [key for key in _zygotes if key[-1] == os.getpid()]:
        _zygotes.pop(key).close()


atexit.register(close_zygotes)
