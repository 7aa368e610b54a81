"""The warm process: `python -m nngrader_worker.zygote FD`, inside bubblewrap.

One per grading process (autograder/warm.py starts it). It imports numpy, matplotlib
(Agg) and the worker loop once, and then only forks: each submission's worker is a fork of
it in a fresh sandbox of its own. It never sees submitted code, the reference or the
question declarations; the requests on its control socket (FD, a SOCK_SEQPACKET unix
socket) hold an environment, limits and descriptors, nothing more.

Per request {"op": "spawn"} it forks three processes:
  keeper   in the zygote's namespaces: joins the sandbox's memory cgroup, applies the
           rlimits, unshares fresh PID, mount, IPC, network and UTS namespaces, waits for
           init and exits with its status (killing it ends the whole sandbox);
  init     PID 1 of the new PID namespace (root, like bubblewrap's own init): mounts a
           fresh tmpfs on /tmp and a proc of the new namespace on /proc, starts the worker,
           reaps orphans, and exits with the worker's status (128 + signal when killed);
           its death kills every process of the namespace;
  worker   PID 2: the grader's pipes on 0, 1, 2, every other descriptor closed, the
           sandbox's environment, then the worker loop (worker/__main__.py), which drops to
           the leased uid (no capabilities left) before it reads any submitted code.
The seccomp filter and no-new-privileges come from bubblewrap and are inherited by every
fork. Requests {"op": "poll" | "kill", "pid"} report or end a keeper; EOF ends the zygote.
"""
import ctypes
import json
import os
import resource
import select
import signal
import socket
import sys

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWPID, CLONE_NEWNET = 0x20000000, 0x40000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REC, MS_PRIVATE = 0x2, 0x4, 0x8, 0x4000, 1 << 18
PR_SET_PDEATHSIG = 1
MAX_MESSAGE = 1 << 16

_libc = ctypes.CDLL(None, use_errno=True)


def _check(result, what):
    if result != 0:
        number = ctypes.get_errno()
        raise OSError(number, f"{what}: {os.strerror(number)}")


def unshare(flags):
    _check(_libc.unshare(ctypes.c_int(flags)), "unshare")


def mount(source, target, fstype, flags, data=None):
    _check(_libc.mount(source and source.encode(), target.encode(), fstype and fstype.encode(),
                       ctypes.c_ulong(flags), data and data.encode()), f"mount {target}")


def loopback_up():
    """Bring `lo` up in a new network namespace (as bubblewrap does): 127.0.0.1 refuses a
    connection instead of being unreachable, as on any machine without a server."""
    import fcntl
    import struct

    siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        request = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(probe, siocgifflags, request))[1]
        fcntl.ioctl(probe, siocsifflags, struct.pack("16sH14x", b"lo", flags | iff_up))


def clear_inheritable_capabilities():
    """Empty the inheritable set bubblewrap filled with the zygote's capabilities; the
    permitted and effective sets go when the worker drops to its uid."""
    version_3 = 0x20080522
    header = (ctypes.c_uint32 * 2)(version_3, 0)
    sets = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable; twice (64 bits)
    _check(_libc.capget(header, sets), "capget")
    sets[2] = sets[5] = 0
    _check(_libc.capset(header, sets), "capset")


def die_with_parent():
    _check(_libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "prctl")


def exit_code(status):
    """A wait status as one exit code: the code, or 128 + signal (as bubblewrap reports)."""
    code = os.waitstatus_to_exitcode(status)
    return 128 - code if code < 0 else code


def warm_up():
    """Import what every notebook imports, once: numpy, matplotlib with Agg (one figure
    drawn), the worker.

    numpy.random too: numpy 2 loads it on first use, and every worker seeds it (20 ms idle,
    70 ms on a loaded machine, per worker otherwise). (Not gc.freeze(): it would hide the
    worker loop from gc.get_objects(), so that tests/hostile/worker_internals.py could no
    longer show that a rewritten worker earns nothing.)
    """
    from . import __main__ as worker

    worker.warm_matplotlib_cache(os.environ.get("NNGRADER_INPUTS", "/inputs"))
    import numpy  # noqa: F401
    import numpy.random  # noqa: F401
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # one figure drawn and closed: the font and text layout caches a notebook's first plot
    # fills (5 to 8 ms of a hw1 submission) are then filled once, here
    figure = plt.figure()
    plt.plot([0.0, 1.0], [0.0, 1.0], label="line")
    plt.xlabel("x")
    plt.legend()
    figure.canvas.draw()
    plt.close("all")


def main():
    control = socket.socket(fileno=int(sys.argv[1]))
    os.chdir("/")  # no descriptor into the zygote's own /tmp is inherited as a cwd
    warm_up()
    control.send(json.dumps({"op": "ready"}).encode())
    while True:
        try:
            data, fds, _, _ = socket.recv_fds(control, MAX_MESSAGE, 8)
        except ConnectionResetError:
            data, fds = b"", []
        if not data:
            return
        request = json.loads(data)
        reply = {}
        try:
            if request["op"] == "spawn":
                reply = {"pid": spawn(request, fds, control)}
            elif request["op"] == "poll":
                reply = {"status": poll(request["pid"])}
            elif request["op"] == "kill":
                reply = {"status": kill(request["pid"], float(request.get("grace", 0)))}
        except OSError as error:
            reply = {"error": str(error)}
        finally:
            for fd in fds:
                os.close(fd)
        control.send(json.dumps(reply).encode())


def poll(pid):
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return -signal.SIGKILL
    return os.waitstatus_to_exitcode(status) if done else None


def kill(pid, grace):
    """End a keeper (and with it its sandbox); its exit status. `grace` seconds are left
    first to a sandbox that is already ending, so that its own status is the one reported."""
    deadline = _now() + grace
    while True:
        status = poll(pid)
        if status is not None:
            return status
        if _now() >= deadline:
            break
        select.select([], [], [], 0.005)
    try:
        os.kill(pid, signal.SIGKILL)
        return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    except (ProcessLookupError, ChildProcessError):
        return -signal.SIGKILL


def _now():
    return os.times().elapsed


def spawn(request, fds, control):
    zygote = os.getpid()
    keeper = os.fork()
    if keeper == 0:
        control.close()
        as_process(keep, request, fds, zygote)
    return keeper


def as_process(function, *args):
    """End this fork as an interpreter would end running `function(*args)`: its return
    value or SystemExit's code, or a traceback on standard error and status 1."""
    code = 1
    try:
        code = function(*args)
    except SystemExit as leaving:
        code = leaving.code if isinstance(leaving.code, int) else (leaving.code is not None)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        os._exit(code)


def keep(request, fds, zygote):
    """The keeper: runs in a fork of the zygote, returns the sandbox's exit code."""
    die_with_parent()
    if os.getppid() != zygote:
        return 127
    stdin, stdout, stderr, *cgroup = fds
    if cgroup:  # "0" moves the writing process; init and the worker inherit the cgroup
        os.write(cgroup[0], b"0")
        os.close(cgroup[0])
    limits = request["limits"]
    for name, value in (("RLIMIT_AS", limits["memory_bytes"]),
                        ("RLIMIT_CPU", limits["cpu_seconds"]),
                        ("RLIMIT_FSIZE", limits["file_bytes"]), ("RLIMIT_CORE", 0)):
        resource.setrlimit(getattr(resource, name), (value, value))
    with open("/proc/self/oom_score_adj", "w") as stream:
        stream.write("1000")
    unshare(CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWNET | CLONE_NEWUTS)
    alive_read, alive_write = os.pipe()  # init sees EOF on it once the keeper is gone
    init = os.fork()
    if init == 0:
        os.close(alive_write)
        as_process(run_init, request, (stdin, stdout, stderr), alive_read)
    for fd in (stdin, stdout, stderr, alive_read):
        os.close(fd)
    while True:
        pid, status = os.waitpid(init, 0)
        if pid == init:
            return exit_code(status)


def run_init(request, channel, alive):
    die_with_parent()
    if select.select([alive], [], [], 0)[0]:  # the keeper died before prctl: stop
        return 127
    os.setsid()
    mount(None, "/", None, MS_REC | MS_PRIVATE)
    mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV,
          f"size={request['limits']['tmp_bytes']},mode=1777")
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    loopback_up()
    worker = os.fork()
    if worker == 0:
        os.close(alive)
        as_process(run_worker, request, channel)
    for fd in (*channel, alive):
        os.close(fd)
    code = 127
    while True:  # PID 1 reaps every orphan; it leaves when the worker has gone
        try:
            pid, status = os.waitpid(-1, 0)
        except ChildProcessError:
            return code
        if pid == worker:
            return exit_code(status)


def run_worker(request, channel):
    os.chdir("/tmp")  # the fresh tmpfs, not the zygote's
    for target, fd in enumerate(channel):
        os.dup2(fd, target)
    for entry in os.listdir("/proc/self/fd"):  # the fresh proc: this process's own
        if int(entry) > 2:
            try:
                os.close(int(entry))
            except OSError:  # the listing's own descriptor, already closed
                pass
    os.environ.clear()
    os.environ.update(request["env"])
    clear_inheritable_capabilities()
    import numpy

    numpy.random.seed()  # the legacy global generator as a fresh interpreter has it
    from .__main__ import main as worker_main

    worker_main()
    return 0


if __name__ == "__main__":
    main()
