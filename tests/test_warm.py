"""Warm workers (autograder/warm.py, worker/zygote.py): forks of one zygote per grading
process, each in a sandbox of its own.

Checked from inside: a worker cannot see, signal or trace the zygote or a sibling, shares
no SysV IPC, network or /tmp with one, keeps nothing from the previous worker, holds no
module of the kit but the worker, and nothing it starts outlives it. tests/test_sandbox.py
checks the rest (uid, limits, mounts, filter) and runs warm too, the default as root.
"""
import os
import sys
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from autograder import warm  # noqa: E402
from autograder.batch import blas_threads_per_sandbox  # noqa: E402
from autograder.sandbox import Limits  # noqa: E402
from autograder.session import WorkerSession  # noqa: E402
from autograder.warm import ZygoteChild  # noqa: E402
from tests.test_sandbox import probe  # noqa: E402
from tests.test_session import none_left  # noqa: E402

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or not warm.warm_possible(True),
                                reason="warm workers need a root grader")

CALLS = '''
import ctypes, errno, os
libc = ctypes.CDLL(None, use_errno=True)

def call(result):
    return "ok" if result >= 0 else errno.errorcode[ctypes.get_errno()]

def ptrace_attach(pid):
    return call(libc.ptrace(16, pid, None, None))

def signal_zero(pid):
    try:
        os.kill(pid, 0)
        return "ok"
    except OSError as error:
        return errno.errorcode[error.errno]

def message_queue(key, create):
    return call(libc.msgget(key, (0o1000 | 0o666) if create else 0))
'''


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("warm-inputs")
    os.chmod(folder, 0o755)
    yield folder
    warm.close_zygotes()


def started(inputs):
    session = WorkerSession(inputs)
    session.start()
    assert isinstance(session.process, ZygoteChild), "the worker did not come from the zygote"
    assert session.run_cell(0, CALLS, 10).status == "ok"
    return session


@pytest.fixture
def pair(inputs):
    """Two warm workers of one zygote, alive at the same time."""
    first, second = started(inputs), started(inputs)
    yield first, second
    first.close()
    second.close()


def proc_files(name):
    """(pid, text of /proc/PID/NAME) of every process, in the order /proc lists them."""
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            yield int(entry), Path(f"/proc/{entry}/{name}").read_text()
        except OSError:  # gone since the listing
            continue


def host_pids(uid):
    """Pids (as the grader sees them) of every process running as `uid`."""
    return [pid for pid, status in proc_files("status")
            if int(next(line for line in status.splitlines()
                        if line.startswith("Uid:")).split()[1]) == uid]


def gone(uid, wait=10.0):
    """True once no process runs as `uid`."""
    return none_left(lambda: host_pids(uid), wait)


def zygote_pids(inputs):
    """The zygote's bubblewrap and everything in it that runs as root (the zygote itself)."""
    zygote = warm.zygote_for(inputs)
    pids = [zygote.process.pid]
    for pid, stat in proc_files("stat"):  # parents are listed before their children
        if int(stat.rsplit(")", 1)[1].split()[1]) in pids:
            pids.append(pid)
    return pids


def test_a_worker_sees_only_its_own_processes(pair):
    first, second = pair
    pids = probe(first, "sorted(int(entry) for entry in os.listdir('/proc') if entry.isdigit())")
    assert pids == [1, 2], f"the worker sees processes that are not its own: {pids}"
    assert probe(first, "os.getpid()") == 2


def test_a_worker_cannot_trace_or_signal_the_zygote_or_a_sibling(pair, inputs):
    first, second = pair
    targets = zygote_pids(inputs) + host_pids(second.uid)
    assert len(targets) >= 3
    for pid in targets:
        assert probe(first, f"ptrace_attach({pid})") in ("ESRCH", "EPERM"), pid
        assert probe(first, f"signal_zero({pid})") in ("ESRCH", "EPERM"), pid
    # init (pid 1) is root: the worker cannot trace or kill it either
    assert probe(first, "ptrace_attach(1)") == "EPERM"
    assert probe(first, "signal_zero(1)") == "EPERM"
    assert probe(first, "attempt(lambda: os.kill(-1, 9))") in ("ok", "ESRCH")
    assert second.run_cell(5, "still_here = 1", 10).status == "ok"
    assert warm.zygote_for(inputs).alive()


def test_siblings_share_no_ipc_network_or_tmp(pair):
    first, second = pair
    key = 0x5EED
    assert probe(first, f"message_queue({key}, True)") == "ok"
    assert probe(second, f"message_queue({key}, False)") == "ENOENT"
    assert probe(first, "attempt(lambda: open('/dev/shm/planted', 'w'))") in (
        "EACCES", "EROFS", "ENOENT", "EPERM")
    assert probe(second, "os.listdir('/dev/shm') if os.path.isdir('/dev/shm') else []") == []
    port = probe(first, "(globals().__setitem__('listener', socket.create_server("
                        "('127.0.0.1', 0))), listener.getsockname()[1])[1]")
    assert probe(second, f"attempt(lambda: connect('127.0.0.1', {port}))") == "ECONNREFUSED"
    name = f"/tmp/left-{uuid.uuid4().hex[:8]}"
    probe(first, f"write({name!r})")
    assert probe(second, f"os.path.exists({name!r})") is False


def test_nothing_is_left_for_the_next_worker(inputs):
    name = f"/tmp/left-{uuid.uuid4().hex[:8]}"
    first = started(inputs)
    probe(first, f"write({name!r})")
    # a daemon that leaves the session and the process group, then waits
    daemon = ("import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n"
              "        time.sleep(600)\n    os._exit(0)\n")
    assert first.run_cell(2, daemon, 10).status == "ok"
    uid = first.uid
    assert len(host_pids(uid)) >= 2
    first.close()
    assert gone(uid), "a process of the previous worker outlived it"
    second = started(inputs)
    try:
        assert probe(second, f"os.path.exists({name!r})") is False
        assert probe(second, "sorted(set(os.listdir('/tmp')) - {'matplotlib'})") == []
    finally:
        second.close()


def test_the_worker_holds_no_module_of_the_kit(pair):
    first, _ = pair
    modules = probe(first, "sorted(name for name in sys.modules if name.startswith("
                           "('reference', 'autograder', 'solutions', 'tests')))")
    assert modules == []
    imported = probe(first, "sorted({'numpy', 'matplotlib.pyplot'} & set(sys.modules))")
    assert imported == ["matplotlib.pyplot", "numpy"]  # warm: imported by the zygote


def test_a_worker_has_no_capability_left(pair):
    first, _ = pair
    sets = probe(first, "[status(name) for name in ('CapPrm', 'CapEff', 'CapInh', 'CapAmb')]")
    assert [int(value, 16) for value in sets] == [0, 0, 0, 0]
    assert probe(first, "call(libc.unshare(0x00020000))") == "EPERM"  # a mount namespace
    assert probe(first, "attempt(lambda: open('/proc/sys/kernel/hostname', 'w'))") != "ok"


def test_each_worker_is_in_its_own_memory_cgroup(pair):
    first, second = pair
    if first.cgroup is None:
        pytest.skip("no memory cgroup can be made on this machine")
    for session in pair:
        for pid in host_pids(session.uid):
            assert session.cgroup.path.name in Path(f"/proc/{pid}/cgroup").read_text()


def test_a_worker_killed_by_a_signal_is_reported_as_such(inputs):
    session = started(inputs)
    try:
        reply = session.run_cell(3, "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)",
                                 10)
        assert reply.status == "crashed" and "SIGSEGV" in reply.message
    finally:
        session.close()


def test_without_the_zygote_workers_start_cold(inputs, monkeypatch):
    monkeypatch.setenv(warm.WARM_ENV_VAR, "0")
    with WorkerSession(inputs) as session:
        session.start()
        assert not isinstance(session.process, ZygoteChild)
        assert session.run_cell(0, "x = 1", 10).status == "ok"


def test_a_zygote_that_cannot_start_falls_back_to_cold_workers(tmp_path, monkeypatch):
    os.chmod(tmp_path, 0o755)

    def broken(*args, **kwargs):
        raise warm.ZygoteFailed("no zygote here")

    monkeypatch.setattr(warm, "Zygote", broken)
    with WorkerSession(tmp_path) as session:
        session.start()
        assert not isinstance(session.process, ZygoteChild)
        assert session.run_cell(0, "x = 1", 10).status == "ok"


def test_no_worker_outlives_its_zygote(tmp_path):
    os.chmod(tmp_path, 0o755)
    session = WorkerSession(tmp_path)
    session.start()
    assert isinstance(session.process, ZygoteChild)
    uid = session.uid
    assert host_pids(uid)
    warm.close_zygotes()  # EOF on its control socket: the zygote leaves
    assert gone(uid), "a worker outlived the zygote it was forked from"
    assert session.run_cell(1, "x = 1", 10).status == "crashed"
    session.close()


@pytest.mark.parametrize("threads", [1, 2])
def test_a_workers_blas_has_the_threads_its_limits_give(inputs, threads):
    """numpy reads its BLAS thread count when imported, in the zygote: each count has a
    zygote of its own, and the worker's numpy really runs that many (threadpoolctl)."""
    session = WorkerSession(inputs, limits=Limits(blas_threads=threads))
    session.start()
    try:
        assert isinstance(session.process, ZygoteChild)
        blas = probe(session, "[(pool['internal_api'], pool['num_threads']) for pool in "
                              "__import__('threadpoolctl').threadpool_info() "
                              "if pool['user_api'] == 'blas']")
        assert blas and all(count == threads for _, count in blas), blas
    finally:
        session.close()


def test_a_batch_gives_each_sandbox_its_share_of_the_cpus():
    cpus = len(os.sched_getaffinity(0))
    assert blas_threads_per_sandbox(1) == cpus
    assert blas_threads_per_sandbox(cpus) == 1
    assert blas_threads_per_sandbox(4 * cpus) == 1


def test_a_long_oracle_call_runs_on_the_process_share_of_the_cores():
    """@blas_share (hw4's one long reference computation): the grading process's share of
    BLAS threads, on all of its CPUs even while its thread is pinned for a case."""
    from threadpoolctl import threadpool_info

    from autograder.questions import oracles
    from autograder.worker import affinity

    @oracles.blas_share
    def long_computation():
        return (os.sched_getaffinity(0),
                {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"})

    every_cpu = os.sched_getaffinity(0)
    oracles.set_blas_share(len(every_cpu))
    try:
        with affinity.pinned(min(every_cpu)):
            cpus, threads = long_computation()
            assert os.sched_getaffinity(0) == {min(every_cpu)}
    finally:
        oracles.set_blas_share(1)
    assert cpus == every_cpu and threads == {len(every_cpu)}
