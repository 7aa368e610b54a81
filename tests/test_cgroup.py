"""Memory cgroups (autograder/cgroup.py): those of a grading process that died are removed.

A grading process killed with a sandbox running (SIGKILL, the OOM killer, a Dask worker's
death) runs no clean-up; the next process that makes a cgroup removes the empty ones whose
process is gone, and keeps those of live processes.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from autograder import cgroup  # noqa: E402


def test_cgroups_of_dead_grading_processes_are_removed(monkeypatch):
    probe = cgroup.MemoryCgroup.create(2**30)
    if probe is None:
        pytest.skip("no memory cgroup can be made on this machine")
    parent = probe.path.parent
    probe.remove()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = parent / f"nngrader-{dead.pid}-0"
    live = parent / f"nngrader-{os.getppid()}-999999"
    stale.mkdir()
    live.mkdir()
    try:
        monkeypatch.setattr(cgroup, "_swept", set())
        made = cgroup.MemoryCgroup.create(2**30)
        made.remove()
        assert not stale.exists(), "the dead process's cgroup was left"
        assert live.exists(), "a live process's cgroup was removed"
    finally:
        for path in (stale, live):
            if path.exists():
                path.rmdir()
