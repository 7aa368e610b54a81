"""One worker seen from the trusted side (autograder/session.py), and its restarts (grade.py).

Timeouts kill the whole sandbox (process group and PID namespace), crashes are named from
the exit status, a worker that breaks the protocol or floods the channel is killed without
hurting the grader, and the trusted side's own work for a case (oracle answers) counts
against the case's deadline.
"""
import dataclasses
import os
import signal
import sys
import threading
import time
import tracemalloc
import uuid
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # plain `pytest` would find tests/reference/ as `reference`
    sys.path.insert(0, str(REPO))

from autograder import sandbox, warm  # noqa: E402
from autograder.submission_budget import SubmissionBudget  # noqa: E402
from autograder.worker import affinity  # noqa: E402
from autograder.faults import GraderFault, SandboxUnavailable  # noqa: E402
from autograder.grade import (GradingContext, NotebookRunner, grade_submission,  # noqa: E402
                             inputs_not_loaded)
from autograder.questions.spec import Shared  # noqa: E402
from autograder.notebooks import Cell  # noqa: E402
from autograder.questions import load_assignment  # noqa: E402
from autograder.session import (WorkerDidNotStart, WorkerDied, WorkerSession,  # noqa: E402
                                check_sandbox)


@pytest.fixture
def inputs(tmp_path):
    """An input folder whose unique name shows in the mount table of its sandboxes."""
    folder = tmp_path / f"inputs-{uuid.uuid4().hex[:12]}"
    folder.mkdir()
    os.chmod(folder, 0o755)
    return folder


@pytest.fixture
def session(inputs):
    with WorkerSession(inputs) as worker:
        worker.start()
        yield worker


def parent_pid(pid):
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def zygote_pids():
    """This process's warm zygotes (warm.py): their bwrap, its init and the zygote itself.
    They mount the inputs folder for the whole batch and are part of no worker's sandbox;
    the keepers, inits and workers they fork are not in this list."""
    pids = {zygote.process.pid for zygote in warm._zygotes.values() if zygote.alive()}
    for _ in range(2):
        pids |= {int(entry) for entry in filter(str.isdigit, os.listdir("/proc"))
                 if parent_pid(entry) in pids}
    return pids


def processes_mentioning(token):
    found = []
    zygotes = zygote_pids()
    for entry in filter(str.isdigit, os.listdir("/proc")):
        if int(entry) in zygotes:
            continue
        try:
            text = Path(f"/proc/{entry}/mountinfo").read_text(errors="replace") + \
                Path(f"/proc/{entry}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if token in text:
            found.append(int(entry))
    return found


def none_left(find, wait=10.0):
    """True once `find()` returns nothing (a killed PID namespace takes a moment), False if
    something is still there after `wait` seconds."""
    deadline = time.monotonic() + wait
    while find():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def gone(token, wait=10.0):
    """True once no process mentions `token`."""
    return none_left(lambda: processes_mentioning(token), wait)


def call_request(function, **inputs):
    return {"driver": "call", "params": {"function": function, "args": sorted(inputs)},
            "inputs": inputs, "shared": {}, "oracle": [], "inject": []}


# -- cells and cases -----------------------------------------------------------------------

def test_cells_keep_state_and_errors_are_reported(session):
    assert session.run_cell(1, "a = 20", 5).status == "ok"
    reply = session.run_cell(2, "a = a + 1\nb = 1 / 0", 5)
    assert reply.status == "error"
    # the cell is quoted by its first line: Jupyter shows no code-cell numbers
    assert reply.message == ("ZeroDivisionError: division by zero (line 2 of the cell that "
                             "begins `a = a + 1`)")
    assert session.run_cell(3, "def get(x):\n    return a * x", 5).status == "ok"
    reply = session.run_case(call_request("get", x=2.0), 5)
    assert reply.status == "ok" and reply.outputs["out"] == 42.0


def test_a_missing_function_is_a_contract_error(session):
    reply = session.run_case(call_request("softmax", x=np.zeros(3)), 5)
    assert reply.status == "error" and reply.kind == "contract"
    assert "`softmax` is not defined" in reply.message


# -- timeouts ------------------------------------------------------------------------------

def test_a_timeout_kills_the_whole_sandbox(inputs):
    session = WorkerSession(inputs)
    session.start()
    hang = ("import os, time\n"
            "if os.fork() == 0:\n"
            "    os.setsid()\n"
            "    os.execv('/bin/sleep', ['sleep', '1000'])\n"
            "if os.fork() == 0:\n"
            "    time.sleep(1000)\n"
            "while True:\n"
            "    pass\n")
    started = time.monotonic()
    reply = session.run_cell(1, hang, 1.0)
    assert reply.status == "timeout" and reply.message == "did not finish within 1 s"
    assert time.monotonic() - started < 3
    assert session.process is None
    assert gone(inputs.name), "processes of the sandbox outlived the timeout"
    assert session.run_cell(2, "x = 1", 1).status == "crashed"


def test_a_timeout_kills_the_process_group_without_bubblewrap(inputs):
    marker = f"1000.{uuid.uuid4().int % 10**9}"
    session = WorkerSession(inputs, use_bubblewrap=False)
    session.start()
    reply = session.run_cell(1, f"import subprocess\nsubprocess.Popen(['sleep', '{marker}'])\n"
                                "while True:\n    pass\n", 1.0)
    assert reply.status == "timeout"
    assert gone(f"sleep {marker}"), "the worker's child outlived the timeout"


def test_a_case_timeout_is_reported_and_the_worker_killed(session):
    assert session.run_cell(1, "def spin(x):\n    while True:\n        pass", 5).status == "ok"
    reply = session.run_case(call_request("spin", x=1.0), 0.5)
    assert reply.status == "timeout" and "0.5 s" in reply.message
    assert session.process is None


STOP_READING = """
import sys, time
wire = sys.modules["nngrader_worker.wire"]
read_length = wire._read_length
def stall(stream):
    length = read_length(stream)
    if length > 100_000:  # take 8 KiB of a large request, then never read again
        taken = 0
        while taken < 8192:
            taken += len(stream.read(8192 - taken))
        time.sleep(10**6)
    return length
wire._read_length = stall
"""


@pytest.mark.parametrize("request_kind", ["cell", "case"])
def test_a_worker_that_stops_reading_costs_only_the_deadline(session, request_kind):
    """A request larger than the pipe, to a worker that stopped reading part-way: the
    grader's writes must give up at the deadline (they blocked forever)."""
    assert session.run_cell(1, STOP_READING, 5).status == "ok"
    assert session.run_cell(2, "def echo(x):\n    return x", 5).status == "ok"
    if request_kind == "cell":
        def exchange():
            return session.run_cell(3, "x = 1  # " + "x" * 1_000_000, 1.0)
    else:
        def exchange():
            return session.run_case(call_request("echo", x=np.zeros(200_000)), 1.0)
    replies = []
    thread = threading.Thread(target=lambda: replies.append(exchange()), daemon=True)
    thread.start()
    thread.join(60)
    if thread.is_alive():
        session.kill()
        pytest.fail("the grader blocked writing to a worker that stopped reading")
    assert replies[0].status == "timeout" and replies[0].message == "did not finish within 1 s"
    assert session.process is None


# -- crashes -------------------------------------------------------------------------------

@pytest.mark.parametrize("source, message", [
    ("import os\nos._exit(3)", "the process exited with status 3"),
    ("import os\nos._exit(0)", "the process exited (os._exit or a closed channel)"),
    ("import ctypes\nctypes.string_at(0)", "the process was killed by SIGSEGV"),
    ("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)",
     "the process was killed by SIGKILL"),
    ("import os\nos.abort()", "the process was killed by SIGABRT"),
    ("import os\nos.closerange(3, 100)", "the process exited with status 1"),
])
def test_crashes_are_named(session, source, message):
    reply = session.run_cell(1, source, 5)
    assert reply.status == "crashed" and reply.message == message
    assert session.process is None
    assert session.run_cell(2, "x = 1", 5).message == "the worker is not running"


def test_junk_on_the_channel_is_a_protocol_breach(session):
    reply = session.run_cell(1, "import gc, os\n"
                                "oracle = next(o for o in gc.get_objects() "
                                "if type(o).__name__ == 'Oracle')\n"
                                "os.write(oracle._replies.fileno(), b'\\x00' * 8 + b'junk')", 5)
    assert reply.status == "crashed"
    assert reply.message.startswith("the process broke the grading protocol")


def test_a_flooding_worker_costs_bounded_memory(session):
    flood = ("import gc, io, json, os, struct\n"
             "import numpy as np\n"
             "fd = next(o for o in gc.get_objects() if type(o).__name__ == 'Oracle')"
             "._replies.fileno()\n"
             "header = json.dumps({'__arrays__': 9000, 'body': None}).encode()\n"
             "os.write(fd, struct.pack('>Q', len(header)) + header)\n"
             "buffer = io.BytesIO()\n"
             "np.save(buffer, np.zeros(60 * 2**20 // 8))\n"
             "frame = struct.pack('>Q', len(buffer.getvalue())) + buffer.getvalue()\n"
             "while True:\n"
             "    os.write(fd, frame)\n")
    tracemalloc.start()
    try:
        reply = session.run_cell(1, flood, 20)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert reply.status == "crashed" and "larger than the limit" in reply.message
    assert peak < 200 * 2**20, f"the grader held {peak / 2**20:.0f} MB of a flood"


def test_a_result_too_large_to_send_is_an_error_not_a_crash(session):
    session.run_cell(1, "import numpy as np\ndef big():\n    return np.zeros(10**9, np.int8)", 5)
    reply = session.run_case(call_request("big"), 5)
    assert reply.status == "error" and reply.kind == "contract"
    assert "could not be sent back" in reply.message and "954 MiB" in reply.message
    assert session.run_cell(2, "x = 1", 5).status == "ok"


# -- the oracle ----------------------------------------------------------------------------

def test_oracle_calls_are_answered_by_the_trusted_side(session):
    session.run_cell(1, "def f(x):\n    return helper(x) + 1", 5)
    request = dict(call_request("f", x=2.0), oracle=["helper"], inject=["helper"])
    calls = []

    def oracle(name, args, kwargs):
        calls.append((name, args, kwargs))
        return {"ok": True, "value": args[0] * 10}

    reply = session.run_case(request, 5, oracle)
    assert reply.status == "ok" and reply.outputs["out"] == 21.0
    assert calls == [("helper", [2.0], {})]


def test_the_trusted_sides_answer_counts_against_the_deadline(session):
    session.run_cell(1, "def f(x):\n    return helper(x)", 5)
    request = dict(call_request("f", x=2.0), oracle=["helper"], inject=["helper"])

    def endless(name, args, kwargs):
        try:
            while True:
                pass
        except Exception:  # the way out must not be an ordinary exception
            return {"ok": False, "error": "swallowed"}

    started = time.monotonic()
    reply = session.run_case(request, 1.0, endless)
    assert reply.status == "timeout" and reply.message == "did not finish within 1 s"
    assert time.monotonic() - started < 3


def test_a_callers_own_alarm_survives_an_oracle_answer(session):
    session.run_cell(1, "def f(x):\n    return helper(x)", 5)
    request = dict(call_request("f", x=2.0), oracle=["helper"], inject=["helper"])

    def handler(signum, frame):
        raise AssertionError("the caller's alarm fired")

    previous = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, 60)
    try:
        reply = session.run_case(request, 5, lambda name, args, kwargs: {"ok": True, "value": 1})
        assert reply.status == "ok"
        assert signal.getsignal(signal.SIGALRM) is handler
        assert 50 < signal.getitimer(signal.ITIMER_REAL)[0] <= 60
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_a_case_with_oracle_calls_runs_both_sides_on_one_cpu_and_only_then(session):
    """While the worker calls the trusted side, both threads are pinned to the grading
    process's home CPU (worker/affinity.py); cells and other cases run unpinned, and each
    side gets its CPUs back after."""
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one CPU: there is nothing to pin")
    session.run_cell(1, "import os\n"
                        "def f(x):\n    return [sorted(os.sched_getaffinity(0)), helper(x)]\n"
                        "def g(x):\n    return sorted(os.sched_getaffinity(0))", 5)
    seen = []

    def oracle(name, args, kwargs):
        seen.append(sorted(os.sched_getaffinity(0)))
        return {"ok": True, "value": 1}

    every_cpu = sorted(os.sched_getaffinity(0))
    request = dict(call_request("f", x=2.0), oracle=["helper"], inject=["helper"])
    reply = session.run_case(request, 5, oracle)
    assert reply.status == "ok"
    home = affinity.home_cpu()
    assert reply.outputs["out"][0] == [home] and seen == [[home]]
    assert sorted(os.sched_getaffinity(0)) == every_cpu
    # a case without oracle calls, after it: the worker has its CPUs back
    assert session.run_case(call_request("g", x=2.0), 5).outputs["out"] == every_cpu


def test_pinned_and_unpinned_restore_the_cpus_and_ignore_a_cpu_they_cannot_have():
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one CPU: there is nothing to pin")
    before = os.sched_getaffinity(0)
    with affinity.pinned(max(before)):
        assert os.sched_getaffinity(0) == {max(before)}
    assert os.sched_getaffinity(0) == before
    for unusable in (None, "x", 10**6, -1):
        with affinity.pinned(unusable):
            assert os.sched_getaffinity(0) == before
    with affinity.pinned(min(before)):
        with affinity.unpinned():  # a long computation gets the process's CPUs back
            assert os.sched_getaffinity(0) == before
        assert os.sched_getaffinity(0) == {min(before)}


def test_input_data_the_worker_cannot_load_is_the_graders_fault_only_when_it_is(session,
                                                                              inputs):
    """The worker says it could not load a data-set input; the trusted side looks at the
    file itself: missing or closed to the sandbox, a GraderFault (no score, graded again);
    there and readable, the submission broke the loading (np.load replaced, say), and the
    case fails like any contract error. The worker's word alone decides nothing."""
    session.run_cell(1, "def f(x):\n    return x", 5)
    request = {"driver": "call", "params": {"function": "f", "args": ["x"]}, "inputs": {},
               "shared": {"x": "data_x.npy"}, "oracle": [], "inject": []}
    shared = {"x": Shared("data_x", lambda folder: np.zeros(3))}
    reply = session.run_case(request, 5)
    assert reply.status == "error" and reply.kind == "inputs"
    with pytest.raises(GraderFault, match="is gone"):
        inputs_not_loaded(inputs, shared, reply)
    np.save(inputs / "data_x.npy", np.zeros(3))
    os.chmod(inputs / "data_x.npy", 0o600)
    with pytest.raises(GraderFault, match="cannot be read in the sandbox"):
        inputs_not_loaded(inputs, shared, reply)
    os.chmod(inputs / "data_x.npy", 0o644)
    assert session.run_case(request, 5).status == "ok"
    session.run_cell(2, "import numpy\ndef broken(*args, **kwargs):\n"
                        "    raise OSError(5, 'broken on purpose')\nnumpy.load = broken", 5)
    reply = session.run_case(request, 5)
    assert reply.kind == "inputs" and "broken on purpose" in reply.message
    failed = inputs_not_loaded(inputs, shared, reply)
    assert failed.status == "error" and failed.kind == "contract"


# -- restarts ------------------------------------------------------------------------------

def fast_context(inputs):
    assignment = dataclasses.replace(load_assignment("hw1_gradients"), cell_timeout=1.0)
    return GradingContext(assignment, inputs)


def test_a_restart_replays_every_cell_that_ran(inputs):
    """Cells that ran, or raised (after maybe defining names), are replayed; cells that
    killed or hung the worker are not. (Cell 6 used to be dropped with its definitions.)"""
    cells = [Cell(1, "a = 1"), Cell(2, "while True:\n    pass"), Cell(3, "b = a + 1"),
             Cell(4, "import os\nos._exit(0)"), Cell(5, "c = b * 10"),
             Cell(6, "def half():\n    return c / 2\nraise ValueError('bad cell')"),
             Cell(7, "import os\ndef get():\n    return c\ndef die():\n    os._exit(5)")]
    runner = NotebookRunner(cells, fast_context(inputs))
    try:
        notes = runner.run_all_cells()
        assert [cell.index for cell in runner.replay_cells] == [1, 3, 5, 6, 7]
        assert len(notes) == 3
        assert "The cell that begins `while True:` was skipped: it did not finish within " \
            "1 s" in notes[0]
        assert "The cell that begins `import os` was skipped: the process exited" in notes[1]
        assert "The cell that begins `def half():` was skipped: it raised " \
            "ValueError: bad cell" in notes[2]
        assert runner.run_case(call_request("get"), 5, None).outputs["out"] == 20
        crashed = runner.run_case(call_request("die"), 5, None)
        assert crashed.status == "crashed" and "status 5" in crashed.message
        # the runner restarted and replayed: the state is back for the next case, with the
        # names defined by the cell that raised
        assert runner.run_case(call_request("get"), 5, None).outputs["out"] == 20
        assert runner.run_case(call_request("half"), 5, None).outputs["out"] == 10
    finally:
        runner.close()
    assert gone(inputs.name)


def test_many_killing_cells_stop_at_the_restart_cap(inputs):
    cells = [Cell(1, "def get():\n    return 1"),
             *[Cell(index, "import os\nos._exit(1)") for index in range(2, 42)],
             Cell(42, "def late():\n    return 2")]
    runner = NotebookRunner(cells, fast_context(inputs), SubmissionBudget(cell_restarts=3))
    try:
        notes = runner.run_all_cells()
        assert [note.split(":")[0] for note in notes] == [
            "The cell that begins `import os` was skipped"] * 3 + [
            "38 cells, from the cell that begins `import os` on, were not run"]
        assert "crashed or hung the grading process 3 times" in notes[-1]
        # the cases still run, on the cells that did
        assert runner.run_case(call_request("get"), 5, None).outputs["out"] == 1
        late = runner.run_case(call_request("late"), 5, None)
        assert late.kind == "contract" and "`late` is not defined" in late.message
    finally:
        runner.close()


def test_the_time_budget_ends_a_slow_notebook(inputs):
    slow = "import time\ntime.sleep(0.5)"
    cells = [Cell(1, "def get():\n    return 1"), *[Cell(index, slow) for index in range(2, 100)]]
    context = GradingContext(load_assignment("hw1_gradients"), inputs)  # 60 s per cell
    runner = NotebookRunner(cells, context, SubmissionBudget(seconds=3))
    try:
        notes = runner.run_all_cells()
        assert len(notes) == 1 and "were not run: grading this submission used up its time " \
                                   "budget of 3 s" in notes[0], notes
        assert not notes[0].startswith("Code cells 2 ")  # some slow cells did run
        reply = runner.run_case(call_request("get"), 5, None)
        assert reply.status == "error" and reply.message.startswith("not run: grading")
    finally:
        runner.close()


def test_a_worker_that_cannot_start_raises(inputs):
    session = WorkerSession(inputs, warm=False)  # the command line is the cold start's
    session.argv = [sys.executable, "-c", "pass"]
    with pytest.raises(WorkerDied, match="did not start"):
        session.start(timeout=10)
    assert session.process is None


def test_a_warm_worker_that_cannot_start_raises(inputs):
    session = WorkerSession(inputs)
    session.env = dict(session.env, NNGRADER_SANDBOX_UID="not a uid")  # fails before ready
    with pytest.raises(WorkerDied, match="did not start"):
        session.start(timeout=10)
    assert session.process is None


# -- a sandbox that cannot start -----------------------------------------------------------

BWRAP_SAYS = "bwrap: setting up uid map: Permission denied (fake bwrap of the test)"


@pytest.fixture
def broken_bwrap(tmp_path, monkeypatch):
    """A `bwrap` first on PATH that prints an error and exits 1, as bubblewrap does when the
    kernel refuses it namespaces."""
    folder = tmp_path / "bin"
    folder.mkdir()
    fake = folder / "bwrap"
    fake.write_text(f"#!/bin/sh\necho '{BWRAP_SAYS}' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.delenv(sandbox.BWRAP_ENV_VAR, raising=False)
    monkeypatch.setenv("PATH", f"{folder}:{os.environ['PATH']}")
    sandbox.bubblewrap_path.cache_clear()
    yield fake
    sandbox.bubblewrap_path.cache_clear()


def test_check_sandbox_names_the_bubblewrap_it_checked():
    path = sandbox.bubblewrap_path()
    version = ".".join(map(str, sandbox.bubblewrap_version(path)))
    assert check_sandbox() == f"bubblewrap {version} at {path}"
    assert "no sandbox" in check_sandbox(use_bubblewrap=False)


def test_check_sandbox_raises_with_bwraps_own_message(broken_bwrap):
    assert sandbox.bubblewrap_path() == str(broken_bwrap)
    with pytest.raises(SandboxUnavailable) as raised:
        check_sandbox()
    message = str(raised.value)
    assert BWRAP_SAYS in message and str(broken_bwrap) in message
    assert "exited with status 1" in message
    assert "apt-get install bubblewrap" in message and "--sandbox none" in message


def test_check_sandbox_without_any_bwrap(monkeypatch, tmp_path):
    monkeypatch.setenv(sandbox.BWRAP_ENV_VAR, str(tmp_path / "no-such-bwrap"))
    sandbox.bubblewrap_path.cache_clear()
    try:
        with pytest.raises(SandboxUnavailable, match="was not found"):
            check_sandbox()
    finally:
        sandbox.bubblewrap_path.cache_clear()


def test_a_worker_that_cannot_start_in_a_batch_is_a_grader_fault(broken_bwrap, inputs):
    """Not the submission's crash: no score, the batch reports it and a rerun regrades."""
    with pytest.raises(WorkerDidNotStart) as raised:
        WorkerSession(inputs).start()
    assert isinstance(raised.value, GraderFault) and BWRAP_SAYS in str(raised.value)
    solved = REPO / "solutions" / "hw1_gradients" / "hw1_gradients.ipynb"
    with pytest.raises(GraderFault, match="did not start"):
        grade_submission(solved, GradingContext(load_assignment("hw1_gradients"), inputs))
