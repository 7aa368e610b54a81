"""A memory cgroup per sandbox, where the machine lets the grader make one.

The per-process address-space cap (sandbox.Limits.memory_bytes) does not bound a sandbox:
64 processes may each use it, and memory a process does not map is not counted. A cgroup
counts every page the sandbox's processes use (tmpfs files included), and the kernel's
OOM killer ends the sandbox, not the grader, when it goes over.

Where: cgroup v2 when the grader's own cgroup (or $NNGRADER_CGROUP, a delegated cgroup v2
folder) has the memory controller enabled for its children; else cgroup v1's memory
hierarchy, when it is mounted and writable. Without either (an unprivileged grader, a
container without cgroup access) `MemoryCgroup.create` returns None and only the
per-process limits apply (docs/SECURITY.md gives the numbers).
"""
import itertools
import os
import time
from pathlib import Path

CGROUP_ENV_VAR = "NNGRADER_CGROUP"
_names = itertools.count()


class MemoryCgroup:
    """One sandbox's cgroup: made before the worker starts, removed after it is killed."""

    def __init__(self, path, version):
        self.path, self.version = Path(path), version

    @classmethod
    def create(cls, limit_bytes):
        """A new cgroup capped at `limit_bytes` (swap included), or None where none can be
        made."""
        for version, parent in _parents():
            _remove_stale(parent)
            path = parent / f"nngrader-{os.getpid()}-{next(_names)}"
            try:
                path.mkdir()
            except OSError:
                continue
            cgroup = cls(path, version)
            try:
                cgroup._set_limit(limit_bytes)
            except OSError:
                cgroup.remove()
                continue
            return cgroup
        return None

    def _set_limit(self, limit_bytes):
        if self.version == 2:
            (self.path / "memory.max").write_text(str(limit_bytes))
            swap = self.path / "memory.swap.max"
            if swap.exists():
                swap.write_text("0")
        else:
            (self.path / "memory.limit_in_bytes").write_text(str(limit_bytes))
            both = self.path / "memory.memsw.limit_in_bytes"
            if both.exists():  # memory and swap together: no escape into swap
                both.write_text(str(limit_bytes))

    def join(self):
        """Move the calling process into the cgroup (runs between fork and exec)."""
        with open(self.path / "cgroup.procs", "w") as stream:
            stream.write("0")

    def oom_kills(self):
        """How many processes the kernel killed for going over the cap (0 if unknown)."""
        try:
            if self.version == 2:
                text = (self.path / "memory.events").read_text()
            else:
                text = (self.path / "memory.oom_control").read_text()
        except OSError:
            return 0
        for line in text.splitlines():
            key, _, value = line.partition(" ")
            if key == "oom_kill":
                return int(value)
        return 0

    def remove(self, wait=5.0):
        """Remove the cgroup once its processes are gone (a killed PID namespace takes a
        moment); False if it is still busy after `wait` seconds."""
        deadline = time.monotonic() + wait
        while True:
            try:
                self.path.rmdir()
                return True
            except FileNotFoundError:
                return True
            except OSError:
                if time.monotonic() > deadline:
                    return False
                time.sleep(0.05)


_swept = set()   # (pid, parent folder) already swept by _remove_stale


def _remove_stale(parent):
    """Remove, once per process and folder, the cgroups `nngrader-PID-N` left by a grading
    process that is gone (killed: SIGKILL, the OOM killer, a Dask worker's death) with a
    sandbox running. Only empty ones can be removed; a PID in use again keeps its own."""
    if (os.getpid(), parent) in _swept:
        return
    _swept.add((os.getpid(), parent))
    for path in parent.glob("nngrader-*-*"):
        pid = path.name.split("-")[1]
        if pid.isdigit() and not _alive(int(pid)):
            try:
                path.rmdir()
            except OSError:  # still has processes, or already removed
                pass


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def _parents():
    """(version, folder) where a child cgroup with a memory limit may be made, best first."""
    explicit = os.environ.get(CGROUP_ENV_VAR)
    if explicit:
        yield 2, Path(explicit)
        return
    own = _own_cgroups()
    for mount_root, mount_point, fstype, options in _cgroup_mounts():
        if fstype == "cgroup2" and "" in own:
            folder = _inside(mount_point, mount_root, own[""])
            if folder and "memory" in _read(folder / "cgroup.subtree_control").split():
                yield 2, folder
    for mount_root, mount_point, fstype, options in _cgroup_mounts():
        if fstype == "cgroup" and "memory" in options and "memory" in own:
            folder = _inside(mount_point, mount_root, own["memory"])
            if folder and os.access(folder, os.W_OK):
                yield 1, folder


def _own_cgroups():
    """controller ("" for v2) -> this process's cgroup path, from /proc/self/cgroup."""
    own = {}
    for line in _read(Path("/proc/self/cgroup")).splitlines():
        _, controllers, path = line.split(":", 2)
        for controller in controllers.split(",") if controllers else [""]:
            own[controller] = path
    return own


def _cgroup_mounts():
    """(root, mount point, fstype, super options) of every cgroup file system mounted."""
    mounts = []
    for line in _read(Path("/proc/self/mountinfo")).splitlines():
        before, _, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if len(fields) >= 5 and len(tail) >= 3 and tail[0] in ("cgroup", "cgroup2"):
            mounts.append((fields[3], fields[4], tail[0], set(tail[2].split(","))))
    return mounts


def _inside(mount_point, mount_root, path):
    if not (path + "/").startswith(mount_root.rstrip("/") + "/"):
        return None
    folder = Path(mount_point, path[len(mount_root.rstrip("/")):].lstrip("/"))
    return folder if folder.is_dir() else None


def _read(path):
    try:
        return Path(path).read_text()
    except OSError:
        return ""
