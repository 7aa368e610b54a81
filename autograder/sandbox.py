"""How a submission's worker process is started: bubblewrap, or a documented fallback.

With bubblewrap (Debian package `bubblewrap`) the worker sees a read-only view of the
system and of the Python installation, the worker package, a read-only folder of input
arrays, the instructor's data folder read-only, and a private /tmp; it has no network, its
own PID namespace (killing it kills every process it started) and, when the grader runs as
root, it drops to an unprivileged uid with a process cap. It never sees `reference/`, the
question declarations, the results folder or other submissions.

Without bubblewrap (`--sandbox none`, or when `bwrap` is missing) the worker is a plain
child process with the same resource limits and a minimal environment, started in the
batch's input folder under the grader's own uid (the Python installation may not be
readable by another one). That is much weaker: the process can read and write whatever the
grader can (the kit, the results, the shared inputs), use the network, and leave processes
behind that escape the kill of its process group. docs/SECURITY.md says when that is enough.
"""
import atexit
import fcntl
import functools
import os
import random
import re
import resource
import shutil
import site
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import autograder
import reference

from . import seccomp
from .faults import SandboxUnavailable
from .i18n import tr

WORKER_SOURCE = Path(__file__).parent / "worker"
WORKER_MOUNT = "/opt/nngrader"
SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/etc")


@dataclass(frozen=True)
class Limits:
    """Resource limits for one worker process (and everything it starts)."""

    memory_bytes: int = 4 * 1024**3      # address space; numpy reserves generously
    sandbox_memory_bytes: int = 4 * 1024**3  # all the sandbox's processes, where a memory
                                             # cgroup can be made (cgroup.py)
    cpu_seconds: int = 600               # hard cap; the wall-clock timeouts come first
    file_bytes: int = 64 * 1024**2       # largest file the submission may write
    processes: int = 64                  # for the sandbox uid
    tmp_bytes: int = 256 * 1024**2       # size of the private /tmp
    blas_threads: int = 1                # threads numpy's BLAS may use (a batch gives each
                                         # sandbox its share of the CPUs: batch.py)


BWRAP_ENV_VAR = "NNGRADER_BWRAP"  # an explicit path to bwrap, instead of the one on PATH


@functools.lru_cache(maxsize=1)
def bubblewrap_path():
    """The absolute path of the `bwrap` every sandbox of this process starts, or None.

    Resolved once, here only: `$NNGRADER_BWRAP` when set, else `bwrap` on the grader's
    PATH. The check before a batch and every worker start use this same file (pool
    processes are forked after the check, so they inherit it).
    """
    explicit = os.environ.get(BWRAP_ENV_VAR)
    found = shutil.which(explicit or "bwrap")
    return str(Path(found).absolute()) if found else None


def bubblewrap_available():
    return bubblewrap_path() is not None


@functools.lru_cache(maxsize=4)
def bubblewrap_version(path):
    """(major, minor, patch) from `bwrap --version`, or (0, 0, 0) when it cannot say."""
    try:
        text = subprocess.run([path, "--version"], capture_output=True, text=True,
                              timeout=10, stdin=subprocess.DEVNULL).stdout
    except (OSError, subprocess.SubprocessError):
        return (0, 0, 0)
    match = re.search(r"(\d+)\.(\d+)(?:\.(\d+))?", text)
    return tuple(int(part or 0) for part in match.groups()) if match else (0, 0, 0)


class BubblewrapMissing(SandboxUnavailable):
    """No `bwrap` could be found (see bubblewrap_path): a fault of the grader's set-up."""


def worker_command(inputs_dir, data_dir=None, use_bubblewrap=True, uid=65534,
                   limits=Limits(), seccomp_fd=None, module="nngrader_worker",
                   bwrap_flags=(), module_args=()):
    """Return (argv, env, cwd) that start one worker.

    `seccomp_fd`: an open descriptor holding seccomp.program(), passed to the child.
    `module`, `bwrap_flags` and `module_args`: what warm.py changes to start the zygote
    (`nngrader_worker.zygote`, with the capabilities it keeps) in the same sandbox.
    """
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": "/tmp",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": "/tmp/matplotlib",
        "OPENBLAS_NUM_THREADS": str(limits.blas_threads),
        "OMP_NUM_THREADS": str(limits.blas_threads),
        "MKL_NUM_THREADS": str(limits.blas_threads),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        "NNGRADER_SANDBOX_UID": str(uid),
        "NNGRADER_MAX_PROCESSES": str(limits.processes),
    }
    python = sys.executable
    if not use_bubblewrap:
        # Python may live under a folder the unprivileged uid cannot enter (/root/.pyenv),
        # so the fallback keeps the grader's uid: one more way in which it is weaker.
        env.update(PYTHONPATH=str(_fallback_package_root()), NNGRADER_INPUTS=str(inputs_dir),
                   HOME=str(inputs_dir), NNGRADER_SANDBOX_UID="")
        if data_dir:
            env["NNGRADER_DATA"] = str(data_dir)
        return [python, "-s", "-m", "nngrader_worker"], env, str(inputs_dir)
    env.update(PYTHONPATH=WORKER_MOUNT, NNGRADER_INPUTS="/inputs")
    bwrap = bubblewrap_path()
    if bwrap is None:
        raise BubblewrapMissing(tr("`bwrap` was not found on PATH (apt-get install bubblewrap)"))
    argv = [bwrap]
    for path in SYSTEM_DIRS:
        if os.path.exists(path):
            argv += ["--ro-bind", path, path]
    # the private /tmp comes before the Python installation: an interpreter or a venv that
    # lives under /tmp is then mounted on top of it instead of being hidden by it
    argv += ["--perms", "1777", "--size", str(limits.tmp_bytes), "--tmpfs", "/tmp"]
    for source, target in python_mounts():
        for parent in reversed(Path(target).parents[:-1]):
            if str(parent) != "/tmp":
                # parents bubblewrap creates are private to root: open them for the sandbox
                # uid
                argv += ["--perms", "0755", "--dir", str(parent)]
        argv += ["--ro-bind", source, target]
    for path in hidden_dirs():
        argv += ["--tmpfs", path]
    for parent in reversed(Path(WORKER_MOUNT, "nngrader_worker").parents[:-1]):
        # /opt and /opt/nngrader would be private to root: the worker, once unprivileged,
        # could not import a module of its own package that it had not imported yet
        argv += ["--perms", "0755", "--dir", str(parent)]
    argv += ["--ro-bind", str(WORKER_SOURCE), f"{WORKER_MOUNT}/nngrader_worker",
             "--ro-bind", str(inputs_dir), "/inputs"]
    if data_dir:
        argv += ["--ro-bind", str(data_dir), "/data"]
        env["NNGRADER_DATA"] = "/data"
    argv += ["--proc", "/proc", "--dev", "/dev",
             "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
             "--unshare-cgroup-try", "--die-with-parent", "--new-session",
             "--chdir", "/tmp"]
    if os.geteuid() != 0:
        argv += ["--unshare-user"]
        if bubblewrap_version(bwrap) >= (0, 8, 0):
            argv += ["--disable-userns"]  # no nested user namespace inside the sandbox
    if seccomp_fd is not None:
        argv += ["--seccomp", str(seccomp_fd)]
    argv += [*bwrap_flags, "--", python, "-m", module, *module_args]
    return argv, env, "/"


def _python_candidates():
    """Folders the worker's interpreter needs, as the grader names them (maybe via links)."""
    import numpy  # the one third-party package the worker imports; it may live elsewhere

    candidates = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
                  os.path.dirname(os.path.dirname(sys.executable)),
                  str(Path(numpy.__file__).parent.parent), *site.getsitepackages()}
    if site.ENABLE_USER_SITE and site.getusersitepackages():
        candidates.add(site.getusersitepackages())
    return {os.path.abspath(path) for path in candidates if path and os.path.isdir(path)}


def _outermost(paths):
    """`paths` without those inside another one, and without those under SYSTEM_DIRS."""
    paths = sorted(set(paths))
    return [path for path in paths
            if not any(path != other and path.startswith(other.rstrip(os.sep) + os.sep)
                       for other in paths)
            and not _under_system(path)]


def _under_system(path):
    return path == "/" or any(path == system or path.startswith(system + os.sep)
                              for system in SYSTEM_DIRS)


def python_dirs():
    """The Python installation: prefix, base prefix and site-packages, outermost first.

    Real paths (links resolved), wherever they are: /tmp, /mnt, a conda env, /root/.pyenv.
    """
    return _outermost(str(Path(path).resolve()) for path in _python_candidates())


def python_mounts():
    """(source, target) read-only binds for the Python installation.

    Each folder is mounted at its real path and, when the grader reaches it through a
    symbolic link (a venv under a linked folder), also at the path the interpreter was
    started from, so that `sys.executable` and `pyvenv.cfg` resolve inside the sandbox.
    """
    mounts = [(path, path) for path in python_dirs()]
    for path in _outermost(_python_candidates()):
        real = str(Path(path).resolve())
        if real != path and not any(path == target or path.startswith(target + os.sep)
                                    for _, target in mounts):
            mounts.append((real, path))
    return mounts


def hidden_dirs():
    """Installed copies of the kit that a bind above would expose: masked with a tmpfs."""
    exposed = python_mounts() + [(path, path) for path in SYSTEM_DIRS]
    hidden = []
    for package in (reference, autograder):
        folder = str(Path(package.__file__).resolve().parent)
        for source, target in exposed:
            if folder.startswith(source + os.sep):
                hidden.append(target + folder[len(source):])
    return sorted(set(hidden))


def seccomp_file():
    """An unnamed file holding the seccomp filter, at offset 0, or None (see seccomp.py)."""
    program = seccomp.program()
    if program is None:
        return None
    stream = tempfile.TemporaryFile()
    stream.write(program)
    stream.flush()
    stream.seek(0)
    return stream


UID_FIRST, UID_COUNT = 61000, 4000   # the uids sandboxes run as when the grader is root


class UidLease:
    """A sandbox uid no other sandbox on this machine holds while this lease is open.

    A lock (flock) on one file per uid in a folder only root can write; the kernel drops
    the lock when the lease is released or its process dies, so a crashed grader leaks
    nothing. The first uid tried is random, so a released uid is rarely reused at once.
    """

    def __init__(self, folder=None):
        self._fd = None
        folder = Path(folder or _lease_folder())
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        start = random.randrange(UID_COUNT)
        for step in range(UID_COUNT):
            uid = UID_FIRST + (start + step) % UID_COUNT
            fd = os.open(folder / str(uid), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            self.uid, self._fd = uid, fd
            return
        raise RuntimeError(f"all {UID_COUNT} sandbox uids are in use")

    def release(self):
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self):
        self.release()


def _lease_folder():
    if os.geteuid() == 0 and os.access("/run", os.W_OK):
        return "/run/nngrader-uids"
    return os.path.join(tempfile.gettempdir(), f"nngrader-uids-{os.geteuid()}")


@functools.lru_cache(maxsize=1)
def _fallback_package_root():
    """A private folder holding only `nngrader_worker` (a link to the worker package).

    Made fresh (mkdtemp: mode 0700, an unpredictable name) once per process: a fixed name
    under the shared /tmp could be planted by another local user and then imported by a
    worker running as the grader.
    """
    root = Path(tempfile.mkdtemp(prefix="nngrader-fallback-"))
    os.chmod(root, 0o755)  # traversable; only the grader can write it
    (root / "nngrader_worker").symlink_to(WORKER_SOURCE, target_is_directory=True)
    atexit.register(shutil.rmtree, root, True)
    return root


def apply_limits(limits, cgroup=None):
    """Runs in the child between fork and exec: own process group, resource limits, and
    the sandbox's memory cgroup when there is one."""
    def preexec():
        os.setsid()
        if cgroup is not None:
            cgroup.join()
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_bytes, limits.file_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        try:  # memory is capped per process only: if the machine runs out, the kernel's
            # OOM killer takes the sandbox's processes first, never the grader
            with open("/proc/self/oom_score_adj", "w") as stream:
                stream.write("1000")
        except OSError:
            pass
    return preexec
