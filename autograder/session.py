"""One worker process seen from the trusted side: start, run cells and cases, kill.

Every read and write has a deadline, so a worker that hangs, floods, dies or stops reading
costs at most its time budget. Killing the worker kills its whole process group; inside
bubblewrap the PID namespace goes with it, orphans included.
"""
import fcntl
import os
import select
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field

from . import spares
from .cgroup import MemoryCgroup
from .deadline import Expired, alarm
from .faults import GraderFault, SandboxUnavailable
from .i18n import tr, worker_text
from .sandbox import (BubblewrapMissing, Limits, UidLease, apply_limits, bubblewrap_path,
                      bubblewrap_version, seccomp_file, worker_command)
from .warm import ZygoteChild, warm_possible, zygote_for
from .worker import affinity, wire

MAX_REPLY_BYTES = wire.MAX_REPLY_BYTES
START_SECONDS = 30.0          # a fresh worker must say "ready" within this
STDERR_BYTES = 4096           # how much of bwrap's / Python's start-up message is kept
CLOSE_GRACE_SECONDS = 0.5     # after "bye", for the worker to leave before it is killed


class WorkerDied(Exception):
    """The worker process ended or broke the protocol; the message says how."""


class WorkerDidNotStart(WorkerDied, GraderFault):
    """A fresh worker never said "ready": a fault of the grader's set-up, not of the
    submission (no submitted code runs before "ready"). The message carries what bwrap or
    Python printed."""


class WorkerTimeout(Exception):
    """The worker did not answer within its time budget."""


class _DeadlineStream:
    """File-like reads and writes on raw pipe descriptors that give up at a deadline.

    Both descriptors are non-blocking: a write puts into the pipe what fits (maybe part of
    the data, maybe nothing: EAGAIN) and waits for room again, so a worker that stops
    reading mid-message costs the deadline and no more.

    A message is many small frames (wire.py: a length, then each part); system calls, not
    bytes, are what a round trip costs. So writes are gathered until flush() (wire.send
    flushes once per message) and go out in one writev, and reads take whatever the pipe
    holds (at most PIPE_BYTES) and serve the frames from it.
    """

    def __init__(self, read_fd, write_fd):
        self.read_fd, self.write_fd = read_fd, write_fd
        for fd in (read_fd, write_fd):
            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)
            _widen_pipe(fd)
        self.deadline = None
        self._received = bytearray()   # read from the pipe, not yet asked for
        self._pending = []             # memoryviews written, not yet flushed

    def _wait(self, fd, for_write):
        remaining = None if self.deadline is None else self.deadline - time.monotonic()
        if remaining is not None and remaining <= 0:
            raise WorkerTimeout()
        ready = select.select([], [fd], [], remaining) if for_write else \
            select.select([fd], [], [], remaining)
        if not (ready[1] if for_write else ready[0]):
            raise WorkerTimeout()

    def read(self, count):
        """At most `count` bytes, at least one; b"" at end of file."""
        while not self._received:
            self._wait(self.read_fd, for_write=False)
            try:
                chunk = os.read(self.read_fd, PIPE_BYTES)
            except BlockingIOError:  # readable, then drained: wait again
                continue
            if not chunk:
                return b""
            self._received += chunk
        data = bytes(self._received[:count])
        del self._received[:count]
        return data

    def write(self, data):
        self._pending.append(memoryview(data).cast("B"))

    def flush(self):
        pending, self._pending = [piece for piece in self._pending if piece], []
        while pending:
            try:  # the pipe has room nearly always: wait only when it has none
                written = os.writev(self.write_fd, pending[:IOV_MAX])
            except BlockingIOError:  # EAGAIN: less room than the first piece needs
                self._wait(self.write_fd, for_write=True)
                continue
            except BrokenPipeError:
                raise EOFError("the worker closed its input") from None
            while written:
                taken = min(written, len(pending[0]))
                pending[0] = pending[0][taken:]
                written -= taken
                if not pending[0]:
                    pending.pop(0)


PIPE_BYTES = 1 << 20          # a pipe's buffer: a case's arrays pass in one or two writes
IOV_MAX = 512                 # pieces per writev (the system allows at least 1024)


def _widen_pipe(fd):
    """Grow the pipe's buffer from 64 KiB, so that a message of arrays (hw2's network, 300
    KiB each way per training step) costs one write and one read, not a context switch
    per 64 KiB. Where the system refuses (a limit below it), the pipe stays as it was."""
    try:
        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except OSError:
        pass


@dataclass
class Reply:
    """What came back for one request: status is ok, error, timeout or crashed."""

    status: str
    message: str = ""
    outputs: dict = field(default_factory=dict)
    kind: str = ""


class WorkerSession:
    """One sandboxed worker. With bubblewrap and a root grader, `uid=None` (the default)
    leases a uid no concurrent sandbox holds (sandbox.UidLease), kept until release().

    `warm`: fork the worker from this process's zygote (warm.py) instead of starting a
    fresh interpreter; None (the default) means wherever warm.warm_possible() says so.
    """

    def __init__(self, inputs_dir, data_dir=None, use_bubblewrap=True, uid=None,
                 limits=Limits(), warm=None):
        self.inputs_dir, self.data_dir = inputs_dir, data_dir
        self.warm = warm_possible(use_bubblewrap) if warm is None else warm
        self.uid_lease = None
        if uid is None and use_bubblewrap and os.geteuid() == 0:
            self.uid_lease = UidLease()
            uid = self.uid_lease.uid
        self.uid = 65534 if uid is None else uid
        self.filter = seccomp_file() if use_bubblewrap else None
        self.argv, self.env, self.cwd = worker_command(
            inputs_dir, data_dir, use_bubblewrap, self.uid, limits,
            seccomp_fd=None if self.filter is None else self.filter.fileno())
        self.limits = limits
        self.process = None
        self.stream = None
        self.stderr = None
        self.cgroup = None
        self.memory_exceeded = False

    def start(self, timeout=START_SECONDS):
        """Start the worker and wait for its "ready"; raise WorkerDidNotStart if it fails.

        A spare sandbox of the same kind (spares.py) is taken instead when there is one
        and it says "ready"; this session's own uid lease and filter are then given up.
        """
        kind = self._spare_kind()
        spare = spares.take(kind) if kind is not None else None
        if spare is not None and spare._exchange(None, timeout).status == "ok":
            self._adopt(spare)
        else:
            if spare is not None:
                spare.release()  # it died waiting: start one of this session's own
            self._start_own(timeout)
        if kind is not None:
            # the next sandbox starts now: it has this whole session's time to get ready
            spares.offer(kind, self._spawned_sibling)

    def _start_own(self, timeout):
        self._spawn()
        reply = self._exchange(None, timeout)
        if reply.status != "ok":
            ended = self.process.poll() if self.process is not None else None
            how = reply.message if ended is None else _death_message(ended, EOFError())
            said = self.start_errors().rstrip(".")
            self.kill()
            raise WorkerDidNotStart(
                tr("the grading worker did not start ({program}): {how}", program=self.argv[0],
                   how=worker_text(how))
                + (tr("; it said: {said}", said=said) if said else ""))

    def _spawn(self):
        """Start the worker process, without waiting for its "ready".

        Standard error goes to an unnamed file (never a pipe nobody reads): bwrap and
        Python write there only before the worker moves its streams to /dev/null, and that
        text is what a failed start reports.
        """
        self.stderr = tempfile.TemporaryFile()
        self.cgroup = MemoryCgroup.create(self.limits.sandbox_memory_bytes)
        zygote = zygote_for(self.inputs_dir, self.data_dir, self.limits.blas_threads) \
            if self.warm else None
        try:
            if zygote is not None:
                self.process = zygote.spawn(self.env, self.limits, self.stderr, self.cgroup)
            else:
                self.process = subprocess.Popen(
                    self.argv, env=self.env, cwd=self.cwd, stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE, stderr=self.stderr,
                    pass_fds=() if self.filter is None else (self.filter.fileno(),),
                    preexec_fn=apply_limits(self.limits, self.cgroup))
        except (OSError, subprocess.SubprocessError) as error:  # ZygoteFailed included
            self.kill()
            raise WorkerDidNotStart(tr("the grading worker did not start: {program}: {error}",
                                       program=self.argv[0],
                                       error=getattr(error, 'strerror', None) or error)) from None
        self.stream = _DeadlineStream(self.process.stdout.fileno(),
                                      self.process.stdin.fileno())

    def _spare_kind(self):
        """What a spare must share to stand in for this session's sandbox; None when this
        session takes no spare (cold, or a uid chosen by the caller)."""
        if not (self.warm and self.uid_lease is not None and spares.enabled()):
            return None
        return (str(self.inputs_dir), str(self.data_dir), self.limits)

    def _spawned_sibling(self):
        """A new session of this kind, spawned (the next spare)."""
        sibling = WorkerSession(self.inputs_dir, self.data_dir, True, limits=self.limits,
                                warm=True)
        try:
            sibling._spawn()
        except BaseException:
            sibling.release()
            raise
        return sibling

    def _adopt(self, spare):
        """Take over `spare`'s started sandbox: its uid lease, filter, cgroup and worker."""
        self.kill()  # nothing of this session runs yet: frees its own filter and uid lease
        for name in ("uid_lease", "uid", "filter", "argv", "env", "cwd", "process",
                     "stream", "stderr", "cgroup"):
            setattr(self, name, getattr(spare, name))
            setattr(spare, name, None)

    def ended(self):
        """True once the worker's sandbox has ended (or was never started)."""
        return self.process is None or self.process.poll() is not None

    def start_errors(self):
        """What the worker's start-up wrote on standard error (bwrap's own message)."""
        if self.stderr is None:
            return ""
        try:
            self.stderr.seek(0)
            text = self.stderr.read(STDERR_BYTES).decode(errors="replace")
        except (OSError, ValueError):
            return ""
        return " ".join(text.split())

    def run_cell(self, index, source, timeout):
        return self._exchange({"op": "cell", "index": index, "source": source}, timeout)

    def run_case(self, request, timeout, oracle=None):
        """Run one case; `oracle(name, args, kwargs)` answers the worker's dependency calls."""
        return self._exchange(dict(request, op="case"), timeout, oracle)

    def _exchange(self, request, timeout, oracle=None):
        if self.process is None or self.process.poll() is not None:
            return Reply("crashed", "the worker is not running")
        self.stream.deadline = time.monotonic() + timeout
        try:
            # the dependencies are computed here, with arguments the submission chose: that
            # time counts against the same deadline, cut off by one alarm for the exchange
            if oracle is None:
                return self._converse(request, oracle)
            cpu = affinity.home_cpu()
            with alarm(timeout), affinity.pinned(cpu):
                return self._converse(dict(request, cpu=cpu), oracle)
        except (WorkerTimeout, Expired):
            self.kill()
            return Reply("timeout", f"did not finish within {timeout:g} s")
        except (EOFError, OSError, ValueError, KeyError, TypeError, wire.WireError) as error:
            status = self.kill(grace=0.2)
            message = _death_message(status, error)
            if self.memory_exceeded:
                message += (f" (it used more than the {self.limits.sandbox_memory_bytes / 2**30:g}"
                            " GiB of memory its sandbox may use)")
            return Reply("crashed", message)
        finally:
            if self.stream is not None:
                self.stream.deadline = None

    def _converse(self, request, oracle):
        """Send `request` (None: only listen), answer the worker's oracle calls, and return
        the Reply its last message makes."""
        if request is not None:
            wire.send(self.stream, request)
        while True:
            message = wire.receive(self.stream, MAX_REPLY_BYTES)
            if not isinstance(message, dict):
                raise wire.WireError("reply is not a message")
            if message.get("op") == "oracle" and oracle is not None:
                wire.send(self.stream, oracle(message.get("name"), message.get("args"),
                                              message.get("kwargs")))
                continue
            if message.get("op") == "ready" or message.get("ok") is True:
                return Reply("ok", outputs=message.get("outputs") or {})
            return Reply("error", str(message.get("error", "unknown error"))[:2000],
                         kind=str(message.get("kind", "exception")))

    def kill(self, grace=0.0):
        """Kill the worker's process group; return its exit status.

        A session starts one worker: killing it also frees what was held for it (its
        memory cgroup, its filter, its uid once its processes are gone). A warm worker's
        sandbox is given `grace` seconds to end by itself first (it died: its own status
        is reported, not our SIGKILL).
        """
        status = None
        if isinstance(self.process, ZygoteChild):
            status = self.process.kill(grace)
        elif self.process is not None:
            if grace:
                try:
                    self.process.wait(timeout=grace)
                except subprocess.TimeoutExpired:
                    pass
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                status = self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                status = None
        if self.process is not None:
            for pipe in (self.process.stdin, self.process.stdout):
                try:
                    pipe.close()
                except OSError:
                    pass
            self.process = None
        gone = True
        if self.cgroup is not None:
            self.memory_exceeded = self.memory_exceeded or self.cgroup.oom_kills() > 0
            gone = self.cgroup.remove()
            self.cgroup = None
        if self.filter is not None:
            self.filter.close()
            self.filter = None
        if self.uid_lease is not None and gone:
            # with processes of this uid still about, the lease stays held (until garbage
            # collection) rather than handing their uid to the next sandbox
            self.uid_lease.release()
            self.uid_lease = None
        return status

    def release(self, grace=0.0):
        """Kill the worker (after `grace` seconds to end by itself) and drop the start-up
        message file."""
        self.kill(grace)
        if self.stderr is not None:
            self.stderr.close()
            self.stderr = None

    def close(self):
        """Say "bye" and let the sandbox end by itself: a sandbox whose processes have all
        been reaped frees its memory cgroup at once, where a killed one keeps it busy until
        the kernel has taken its processes down (cgroup.remove() waits for that)."""
        grace = 0.0
        if self.process is not None and self.process.poll() is None:
            try:
                self.stream.deadline = time.monotonic() + 2
                wire.send(self.stream, {"op": "bye"})
                grace = CLOSE_GRACE_SECONDS
            except (WorkerTimeout, EOFError, OSError):
                pass
        if grace and self._spare_kind() is not None:
            spares.end_later(self)  # it ends while grading goes on
            return
        self.release(grace)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def sandbox_advice():
    """What to do when no sandbox can start, in the current language."""
    return tr("What to do: install bubblewrap (apt-get install bubblewrap, or set NNGRADER_BWRAP "
              "to its path); when the grader does not run as root, allow unprivileged user "
              "namespaces (sysctl -w kernel.unprivileged_userns_clone=1, "
              "user.max_user_namespaces=15000, and on Ubuntu 24.04 "
              "kernel.apparmor_restrict_unprivileged_userns=0), or run the grader as root; "
              "inside a container, allow it to create namespaces. For submissions you trust "
              "only, `--sandbox none` grades without the sandbox (docs/SECURITY.md).")


def check_sandbox(inputs_dir=None, data_dir=None, use_bubblewrap=True,
                  timeout=START_SECONDS):
    """Start one worker the way a batch will and run a trivial cell in it.

    Returns a line saying what was checked ("bubblewrap 0.8.0 at /usr/bin/bwrap"). Raises
    SandboxUnavailable, with bwrap's own message and what to do, when no worker can start
    or the cell does not run. `inputs_dir` is mounted as the worker's input folder (a
    throwaway empty one when None).
    """
    with tempfile.TemporaryDirectory(prefix="nngrader-check-") as scratch:
        if inputs_dir is None:
            os.chmod(scratch, 0o755)
            inputs_dir = scratch
        try:
            # cold: bwrap itself is what is checked (a warm worker that cannot be had falls
            # back to it), and no zygote is left behind for the throwaway folder
            session = WorkerSession(inputs_dir, data_dir, use_bubblewrap, warm=False)
        except BubblewrapMissing as error:
            raise SandboxUnavailable(tr("the sandbox cannot start: {problem}. {advice}",
                                        problem=error, advice=sandbox_advice())) from None
        try:
            session.start(timeout)
            reply = session.run_cell(0, "sandbox_check = 6 * 7", timeout)
            if reply.status != "ok":
                said = session.start_errors().rstrip(".")
                raise SandboxUnavailable(
                    tr("the sandbox started but could not run a cell: {problem}",
                       problem=worker_text(reply.message))
                    + (tr("; it said: {said}", said=said) if said else "")
                    + tr(". {advice}", advice=sandbox_advice()))
        except WorkerDidNotStart as error:
            raise SandboxUnavailable(tr("{problem}. {advice}", problem=error,
                                        advice=sandbox_advice())) from None
        finally:
            session.close()
    if not use_bubblewrap:
        return tr("no sandbox (--sandbox none): submissions run as plain processes")
    path = bubblewrap_path()
    version = ".".join(map(str, bubblewrap_version(path)))
    return tr("bubblewrap {version} at {path}", version=version, path=path)


def _death_message(status, error):
    if not isinstance(error, (EOFError, OSError)):
        # the worker was alive and sent junk; the SIGKILL in `status` is our own
        if isinstance(error, wire.WireError):
            return f"the process broke the grading protocol: {error}"
        return f"the process broke the grading protocol ({type(error).__name__})"
    if status is not None and (status < 0 or 128 < status < 160):
        number = -status if status < 0 else status - 128  # bwrap reports 128 + signal
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"the process was killed by {name}"
    if status == 0 or status is None:
        return "the process exited (os._exit or a closed channel)"
    return f"the process exited with status {status}"
