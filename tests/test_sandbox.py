"""What a worker can see and do (autograder/sandbox.py), checked from inside the sandbox.

A probe function is defined in a cell and called through the plain "call" driver; what it
returns (plain data) is what the sandboxed process observed. With bubblewrap: no network,
no kit, no reference, a read-only system, a private /tmp, an unprivileged uid without
capabilities, resource limits, its own PID namespace. The fallback without bubblewrap
works, and is as weak as docs/SECURITY.md says.
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # plain `pytest` would find tests/reference/ as `reference`
    sys.path.insert(0, str(REPO))

from autograder import sandbox  # noqa: E402
from autograder.sandbox import Limits, worker_command  # noqa: E402
from autograder.session import WorkerSession  # noqa: E402

PROBE = '''
import errno, os, resource, socket, sys

def attempt(action):
    try:
        action()
        return "ok"
    except OSError as error:
        return errno.errorcode.get(error.errno, str(error.errno))
    except Exception as error:
        return type(error).__name__

def write(path):
    with open(path, "w") as stream:
        stream.write("x")

def connect(host, port):
    socket.create_connection((host, port), timeout=1).close()

def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return line.split(":", 1)[1].strip()
'''


def probe(session, expression):
    """Evaluate `expression` inside the worker (after PROBE's helpers); return its value."""
    name = f"probe_{uuid.uuid4().hex[:8]}"
    reply = session.run_cell(99, f"{PROBE}\ndef {name}():\n    return {expression}\n", 10)
    assert reply.status == "ok", reply.message
    reply = session.run_case({"driver": "call", "params": {"function": name, "args": []},
                              "inputs": {}, "shared": {}, "oracle": [], "inject": []}, 20)
    assert reply.status == "ok", reply.message
    return reply.outputs["out"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    os.chmod(folder, 0o755)
    (folder / "shared.npy").write_bytes(b"input data")
    return folder


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    os.chmod(folder, 0o755)
    (folder / "mnist.txt").write_text("course data")
    os.chmod(folder / "mnist.txt", 0o644)
    return folder


@pytest.fixture(scope="module")
def boxed(inputs, data):
    assert sandbox.bubblewrap_available(), "bubblewrap is required (apt-get install bubblewrap)"
    with WorkerSession(inputs, data) as session:
        session.start()
        yield session


@pytest.fixture(scope="module")
def fallback(inputs):
    with WorkerSession(inputs, use_bubblewrap=False) as session:
        session.start()
        yield session


# -- identity and privileges ---------------------------------------------------------------

def test_runs_as_an_unprivileged_uid_without_capabilities(boxed):
    uid, gid, groups, effective, no_new_privs = probe(
        boxed, "(os.getuid(), os.getgid(), os.getgroups(), status('CapEff'), status('NoNewPrivs'))")
    if os.geteuid() == 0:
        assert sandbox.UID_FIRST <= uid < sandbox.UID_FIRST + sandbox.UID_COUNT and gid == uid
    assert uid != 0 and groups == []
    assert int(effective, 16) == 0 and no_new_privs == "1"
    assert probe(boxed, "attempt(lambda: os.setuid(0))") == "EPERM"


def test_resource_limits_are_in_force(boxed):
    limits = Limits()
    address_space, processes, file_size, core = probe(
        boxed, "[resource.getrlimit(getattr(resource, name))[1] for name in "
               "('RLIMIT_AS', 'RLIMIT_NPROC', 'RLIMIT_FSIZE', 'RLIMIT_CORE')]")
    assert address_space == limits.memory_bytes and file_size == limits.file_bytes
    assert processes == limits.processes and core == 0
    assert probe(boxed, "open('/proc/self/oom_score_adj').read().strip()") == "1000"


def test_has_its_own_pid_namespace(boxed):
    pids = probe(boxed, "sorted(int(entry) for entry in os.listdir('/proc') if entry.isdigit())")
    assert max(pids) < 10, f"the sandbox sees other processes: {pids}"
    assert probe(boxed, "attempt(lambda: os.kill(1, 9))") == "EPERM"


# -- each sandbox its own state ----------------------------------------------------------

KEYS = '''
import ctypes, platform
KEYS_CALLS = {"x86_64": (248, 250), "aarch64": (217, 219)}[platform.machine()]
libc = ctypes.CDLL(None, use_errno=True)

def add_key(description):
    number = libc.syscall(KEYS_CALLS[0], b"user", description.encode(), b"secret", 6, -4)
    return number if number >= 0 else errno.errorcode[ctypes.get_errno()]

def find_key(description):  # KEYCTL_SEARCH in the user keyring (-4)
    number = libc.syscall(KEYS_CALLS[1], 10, -4, b"user", description.encode(), 0)
    return number if number >= 0 else errno.errorcode[ctypes.get_errno()]
'''


def test_no_kernel_keyring_is_shared_between_sandboxes(inputs):
    """A key planted by one submission was readable by the next (same uid, same keyring)."""
    name = f"nngrader-{uuid.uuid4().hex[:8]}"
    with WorkerSession(inputs) as first:
        first.start()
        assert first.run_cell(1, KEYS, 10).status == "ok"
        planted = probe(first, f"add_key({name!r})")
    with WorkerSession(inputs) as second:
        second.start()
        assert second.run_cell(1, KEYS, 10).status == "ok"
        found = probe(second, f"find_key({name!r})")
    assert planted == "EPERM" and found == "EPERM", (planted, found)


def test_concurrent_sandboxes_have_distinct_uids(inputs):
    sessions = [WorkerSession(inputs) for _ in range(3)]
    try:
        for session in sessions:
            session.start()
        uids = [probe(session, "os.getuid()") for session in sessions]
    finally:
        for session in sessions:
            session.close()
    assert len(set(uids)) == 3, uids
    if os.geteuid() == 0:
        assert all(sandbox.UID_FIRST <= uid < sandbox.UID_FIRST + sandbox.UID_COUNT
                   for uid in uids)


def test_uid_leases_are_exclusive_and_released(tmp_path):
    leases = [sandbox.UidLease(tmp_path) for _ in range(50)]
    assert len({lease.uid for lease in leases}) == 50
    held = leases[0].uid
    leases[0].release()
    again = [sandbox.UidLease(tmp_path) for _ in range(sandbox.UID_COUNT - 49)]
    assert held in {lease.uid for lease in again}  # every other uid is taken
    with pytest.raises(RuntimeError, match="in use"):
        sandbox.UidLease(tmp_path)


def test_no_nested_user_namespace(boxed):
    unshare = ("ctypes.CDLL(None, use_errno=True).unshare(0x10000000) == -1 "
               "and errno.errorcode[ctypes.get_errno()]")
    boxed.run_cell(98, "import ctypes", 10)
    assert probe(boxed, unshare) == "EPERM"
    if shutil.which("unshare"):
        assert probe(boxed, "__import__('subprocess').run(['unshare', '-U', 'true'])"
                            ".returncode") != 0
    # what the filter must still allow: processes and threads
    assert probe(boxed, "__import__('subprocess').run(['true']).returncode") == 0
    assert probe(boxed, "attempt(lambda: __import__('threading').Thread(target=print)"
                        ".start())") == "ok"


def test_unmapped_memory_is_refused(boxed):
    """memfd and SysV shared memory are not counted by the address-space cap."""
    assert probe(boxed, "attempt(lambda: os.memfd_create('hoard'))") == "EPERM"
    boxed.run_cell(98, "import ctypes", 10)
    # IPC_PRIVATE, 1 GiB, IPC_CREAT | 0600
    assert probe(boxed, "(ctypes.CDLL(None, use_errno=True).shmget(0, 1 << 30, 0o1600), "
                        "errno.errorcode[ctypes.get_errno()])") == (-1, "EPERM")


def test_the_sandbox_as_a_whole_has_a_memory_cap(inputs):
    """Where a memory cgroup can be made: several processes, each under the address-space
    cap, together over the sandbox's cap end the sandbox (the kernel kills it)."""
    from autograder.cgroup import MemoryCgroup

    probe_cgroup = MemoryCgroup.create(2**30)
    if probe_cgroup is None:
        pytest.skip("no memory cgroup can be made here: only the per-process limits apply")
    probe_cgroup.remove()
    limits = Limits(sandbox_memory_bytes=256 * 2**20)
    hoard = ("import os, time\n"
             "import numpy as np\n"
             "for _ in range(3):\n"
             "    if os.fork() == 0:\n"
             "        block = np.ones(60 * 2**20 // 8)\n"
             "        time.sleep(60)\n"
             "time.sleep(1)\n"
             "mine = np.ones(200 * 2**20 // 8)  # the largest: the one the kernel picks\n")
    with WorkerSession(inputs, limits=limits) as session:
        session.start()
        cgroup = session.cgroup.path
        reply = session.run_cell(1, hoard, 30)
    assert reply.status == "crashed", reply
    assert "more than the 0.25 GiB of memory its sandbox may use" in reply.message
    assert not cgroup.exists(), "the sandbox's cgroup was left behind"


def test_the_filter_and_disable_userns_flags(monkeypatch):
    from autograder import seccomp

    assert len(seccomp.program("x86_64")) % 8 == 0 and seccomp.program("riscv64") is None
    monkeypatch.setattr(sandbox.os, "geteuid", lambda: 1000)
    for version, expected in (((0, 8, 0), True), ((0, 7, 0), False)):
        monkeypatch.setattr(sandbox, "bubblewrap_version", lambda path, v=version: v)
        argv = worker_command("/inputs", seccomp_fd=7)[0]
        assert ("--disable-userns" in argv) is expected and "--unshare-user" in argv
        assert argv[argv.index("--seccomp") + 1] == "7"


# -- what it sees --------------------------------------------------------------------------

def test_the_kit_and_the_reference_are_not_visible(boxed):
    for path in (REPO, REPO / "reference", REPO / "autograder" / "questions", REPO / "solutions",
                 Path.cwd()):
        assert probe(boxed, f"os.path.exists({str(path)!r})") is False, path
    assert probe(boxed, "attempt(lambda: __import__('reference'))") == "ModuleNotFoundError"
    assert probe(boxed, "attempt(lambda: __import__('autograder'))") == "ModuleNotFoundError"
    top = probe(boxed, "sorted(os.listdir('/'))")
    assert set(top) <= {"bin", "data", "dev", "etc", "inputs", "lib", "lib32", "lib64", "opt",
                        "proc", "root", "sbin", "tmp", "usr", "home"}, top


def test_only_the_worker_package_is_mounted_from_the_kit(boxed):
    files = probe(boxed, "sorted(os.listdir('/opt/nngrader/nngrader_worker'))")
    assert "__main__.py" in files and "wire.py" in files
    assert not [name for name in files if "reference" in name or "question" in name]
    # the unprivileged worker can still read (so import lazily) its own modules
    assert probe(boxed, "open('/opt/nngrader/nngrader_worker/wire.py').read(3)") == '"""'


def test_the_system_and_the_python_installation_are_read_only(boxed):
    for path in ("/usr/HOSTILE", "/etc/HOSTILE", "/opt/nngrader/nngrader_worker/HOSTILE",
                 "/inputs/HOSTILE", "/data/HOSTILE", f"{sys.prefix}/HOSTILE",
                 "/HOSTILE", "/root/HOSTILE"):
        assert probe(boxed, f"attempt(lambda: write({path!r}))") in ("EROFS", "EACCES"), path
    assert not (REPO / "HOSTILE").exists()


def test_inputs_and_data_are_readable(boxed):
    assert probe(boxed, "open('/inputs/shared.npy').read()") == "input data"
    assert probe(boxed, "open(os.environ['NNGRADER_DATA'] + '/mnist.txt').read()") == "course data"


def test_tmp_is_private_and_capped(boxed, tmp_path):
    name = f"HOSTILE_private_{uuid.uuid4().hex[:8]}"
    assert probe(boxed, f"attempt(lambda: write('/tmp/{name}'))") == "ok"
    assert probe(boxed, "os.getcwd()") == "/tmp"
    assert not Path("/tmp", name).exists(), "the sandbox's /tmp is the host's"
    mounts = probe(boxed, "[line.split()[4] + ' ' + line.split(' - ')[1] "
                          "for line in open('/proc/self/mountinfo') if line.split()[4] == '/tmp']")
    assert mounts and mounts[-1].startswith("/tmp tmpfs"), mounts
    size = probe(boxed, "os.statvfs('/tmp').f_blocks * os.statvfs('/tmp').f_frsize")
    assert size <= Limits().tmp_bytes


def test_the_environment_is_minimal(boxed):
    environment = probe(boxed, "dict(os.environ)")
    assert environment["HOME"] == "/tmp"
    assert not [key for key in environment if "TOKEN" in key or "SECRET" in key
                or key.startswith(("AWS", "GITHUB", "SSH"))]
    # Python adds LC_CTYPE (PEP 538) and bubblewrap PWD; nothing else comes from the host
    assert "NNGRADER_DATA" in environment and set(environment) <= set(
        worker_command("/x", "/y")[1]) | {"LC_CTYPE", "PWD"}


# -- network -------------------------------------------------------------------------------

def test_there_is_no_network(boxed):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    try:
        assert probe(boxed, f"attempt(lambda: connect('127.0.0.1', {port}))") == "ECONNREFUSED"
        # 192.0.2.1 is a documentation address; without a network this fails at once
        assert probe(boxed, "attempt(lambda: connect('192.0.2.1', 80))") == "ENETUNREACH"
        assert probe(boxed, "[name for _, name in socket.if_nameindex()]") == ["lo"]
        listener.setblocking(False)
        with pytest.raises(BlockingIOError):
            listener.accept()
    finally:
        listener.close()


# -- the command line ----------------------------------------------------------------------

def test_the_bubblewrap_command_hides_and_isolates():
    argv, env, cwd = worker_command("/some/inputs", "/some/data")
    assert argv[0] == sandbox.bubblewrap_path()
    for flag in ("--unshare-pid", "--unshare-net", "--unshare-ipc", "--die-with-parent",
                 "--new-session"):
        assert flag in argv
    sources = [argv[index + 1] for index, word in enumerate(argv) if word == "--ro-bind"]
    assert not [path for path in sources if path.startswith(str(REPO))
                and not path.startswith(str(REPO / "autograder" / "worker"))]
    assert "--bind" not in argv, "nothing is mounted writable"
    assert env["PYTHONPATH"] == sandbox.WORKER_MOUNT and cwd == "/"


def test_installed_copies_of_the_kit_are_masked(monkeypatch, tmp_path):
    """When the kit is installed under a folder the sandbox mounts (site-packages), its
    `reference` and `autograder` folders are covered by empty tmpfs mounts."""
    site = tmp_path / "site-packages"
    monkeypatch.setattr(sandbox, "python_dirs", lambda: [str(site)])
    for package in (sandbox.reference, sandbox.autograder):
        fake = site / Path(package.__file__).parent.name / "__init__.py"
        fake.parent.mkdir(parents=True)
        fake.write_text("")
        monkeypatch.setattr(package, "__file__", str(fake))
    hidden = sandbox.hidden_dirs()
    assert sorted(hidden) == sorted([str(site / "autograder"), str(site / "reference")])
    argv = worker_command("/inputs")[0]
    assert all(argv[argv.index(path) - 1] == "--tmpfs" for path in hidden)


# -- the fallback --------------------------------------------------------------------------

def test_the_fallback_runs_cells_and_cases(fallback):
    assert probe(fallback, "1 + 1") == 2


def test_the_fallback_is_as_weak_as_documented(fallback):
    """docs/SECURITY.md: no file-system, network or PID isolation, the grader's own uid."""
    assert probe(fallback, f"os.path.exists({str(REPO / 'reference')!r})") is True
    assert probe(fallback, "os.getuid()") == os.getuid()
    assert probe(fallback, "len([e for e in os.listdir('/proc') if e.isdigit()])") > 3
    limits = Limits()
    assert probe(fallback, "resource.getrlimit(resource.RLIMIT_AS)[1]") == limits.memory_bytes
    text = (REPO / "docs" / "SECURITY.md").read_text()
    assert "fallback" in text.lower() and "--sandbox none" in text


# -- wherever the interpreter lives --------------------------------------------------------

SOLVED = REPO / "solutions" / "hw1_gradients" / "hw1_gradients.ipynb"
GRADE_SOLVED = """
import json, os, sys, tempfile
from pathlib import Path
from autograder.grade import GradingContext, grade_submission
from autograder.questions import load_assignment
inputs = Path(tempfile.mkdtemp(dir=sys.argv[1]))
os.chmod(inputs, 0o755)
result = grade_submission(sys.argv[2], GradingContext(load_assignment("hw1_gradients"), inputs))
print(json.dumps({"prefix": sys.prefix, "score": result["score"], "output": result["output"],
                  "max": sum(test["max_score"] for test in result["tests"])}))
"""


@pytest.mark.parametrize("reached_through", ["its own path", "a symbolic link"])
def test_a_venv_under_tmp_grades_the_solved_notebook_with_full_marks(reached_through):
    """The sandbox's private /tmp must not hide an interpreter that lives under /tmp (it
    did: every worker failed to start), nor one reached through a link (/mnt/envs ->)."""
    root = Path(tempfile.mkdtemp(prefix="nngrader-venv-", dir="/tmp"))
    try:
        subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip",
                        str(root / "real" / "env")], check=True, timeout=300)
        venv = root / "real" / "env"
        if reached_through == "a symbolic link":
            (root / "link").symlink_to(root / "real")
            venv = root / "link" / "env"
        run = subprocess.run([str(venv / "bin" / "python"), "-c", GRADE_SOLVED, str(root),
                              str(SOLVED)], cwd=root, capture_output=True, text=True,
                             env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=600)
        assert run.returncode == 0, run.stderr
        outcome = json.loads(run.stdout.splitlines()[-1])
        assert outcome["prefix"] == str(venv)
        assert outcome["max"] > 0 and outcome["score"] == outcome["max"], outcome["output"]
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_a_linked_installation_is_mounted_at_both_of_its_paths(monkeypatch, tmp_path):
    real = tmp_path / "real" / "env"
    real.mkdir(parents=True)
    (tmp_path / "link").symlink_to(tmp_path / "real")
    linked = str(tmp_path / "link" / "env")
    monkeypatch.setattr(sandbox, "_python_candidates", lambda: {linked})
    assert sandbox.python_mounts() == [(str(real), str(real)), (str(real), linked)]
    argv = worker_command("/inputs")[0]
    assert argv.index(linked) > argv.index("/tmp"), "the private /tmp would cover it"


def test_bwrap_is_one_absolute_path():
    path = sandbox.bubblewrap_path()
    assert path and os.path.isabs(path) and os.access(path, os.X_OK)
    assert worker_command("/inputs")[0][0] == path
    assert sandbox.bubblewrap_version(path) >= (0, 1, 0)
