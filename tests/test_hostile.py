"""The hostile corpus (tests/hostile/) graded in one batch next to clean submissions.

Each hostile file tries one attack on `nngrader grade`; its docstring says what it tries and
what must happen. Most are built on a perfect hw1 submission (the reference's source, as
tests/test_corpora.py builds it) with the attack appended, so the questions an attack does
not touch must keep full marks. EXPECTED below is the machine-checked half of those
docstrings: which questions score zero, with which words in the feedback.

The batch grades with the real engine and bubblewrap (never skipped: CI runs as root with
bubblewrap installed), but with a copy of hw1_gradients whose time budgets are small
(CELL_TIMEOUT, CASE_TIMEOUT) and a lower cap on cell restarts (CELL_RESTARTS), so that the
many hanging and crashing cases stay cheap. Afterwards:
  - no process of the batch's sandboxes survives (found through their mount table, which
    names the batch's private input folder, so workers of other test runs do not count);
  - nothing was written into the repository, the results folder (only the expected files),
    the working directory or the grader's temporary folders;
  - the host's loopback listener, whose port the network attack knew, saw no connection.
"""
import csv
import dataclasses
import importlib
import inspect
import json
import multiprocessing
import os
import resource
import signal
import socket
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # plain `pytest` would find tests/reference/ as `reference`
    sys.path.insert(0, str(REPO))

from autograder import submission_budget  # noqa: E402
from autograder.batch import BatchOptions, grade_batch  # noqa: E402
from autograder.questions import ASSIGNMENT_IDS, load_assignment  # noqa: E402
from autograder.results import read_result, spreadsheet_text  # noqa: E402
from autograder.submissions import student_name  # noqa: E402

HOSTILE = Path(__file__).parent / "hostile"
CELL_TIMEOUT = 3.0
CASE_TIMEOUT = 2.0
CELL_RESTARTS = 3  # not submission_budget.MAX_CELL_RESTARTS: many_killing_cells.py is quick
POINTS = {question.name: float(question.points)   # the batch grades hw1, in this order
          for question in load_assignment("hw1_gradients").questions}
CELL_HANG = f"did not finish within {CELL_TIMEOUT:g} s"
CASE_HANG = f"did not finish within {CASE_TIMEOUT:g} s"
ORPHAN_MARKER = "86400.5"  # orphan_processes.py execs `sleep 86400.5`
REPORTS = {"class_report.png", "class_report.html"}  # what the batch writes besides results and grades.csv
# peak memory of any process of the batch: it peaks near 200 MB. This is a coarse net for
# gross regressions only; a grader that buffered reply_flood.py's output without bound
# reached 430 MB in this batch (900 MB grading that file alone, and gigabytes with real
# budgets): tests/test_session.py measures the flood precisely
PEAK_MEMORY_MB = 800  # a clean full-suite run reached 621 MB after the warm sandboxes and pages landed


@dataclasses.dataclass(frozen=True)
class Expect:
    """What a hostile submission must get.

    zero: question -> a phrase its feedback must contain (None: any), for the questions
    that score zero; every other question must get full marks. base: the perfect solution
    goes before the attack. notes: phrases of the result's overall output (cell reports).
    unreadable: the file is not graded at all; every question zero with this phrase.
    """

    zero: dict = dataclasses.field(default_factory=dict)
    base: bool = True
    notes: tuple = ()
    unreadable: str | None = None


def _all_zero(phrase, keep=()):
    return {name: phrase for name in POINTS if name not in keep}


EXPECTED = {
    # hangs
    "loop_in_cell.py": Expect(notes=(CELL_HANG,)),
    "loop_in_function.py": Expect({"numerical_diff": CASE_HANG}),
    "ignores_signals.py": Expect(notes=(CELL_HANG,)),
    "fork_bomb.py": Expect(notes=(CELL_HANG,)),
    "oracle_hang.py": Expect({"gradient_descent": CASE_HANG}),
    "many_killing_cells.py": Expect(notes=("were not run: the notebook had already crashed",)),
    # the trusted side's own work: oracle arguments checked before computing, test
    # functions that do not carry their formula and must be evaluated near x
    "oracle_oversized.py": Expect({"gradient_descent": "this case",
                                   "simple_net": "this case"}),
    "formula_leak.py": Expect({"numerical_diff": "formula not found",
                               "numerical_gradient": "formula not found"}),
    "probe_far.py": Expect({"numerical_diff": "away from x",
                            "numerical_gradient": "away from x"}),
    # resources
    "memory_bomb.py": Expect({"softmax": "raised MemoryError"}, notes=("raised MemoryError",)),
    "output_flood.py": Expect(),
    "disk_fill.py": Expect(),
    "huge_output.py": Expect({"softmax": "could not be sent back",
                              "cross_entropy_error": "could not be sent back"}),
    "reply_flood.py": Expect({"softmax": "the message is larger than the limit"}),
    # values that lie about themselves, tampered comparisons
    "monkeypatch_numpy.py": Expect({"softmax": "values are off"}),
    "always_equal_object.py": Expect({"softmax": "returned AlwaysEqual, expected numbers"}),
    "array_subclass.py": Expect({"softmax": "values are off"}),
    "float_subclass.py": Expect({"cross_entropy_error": "returned Liar, expected numbers",
                                 "numerical_diff": "relative error"}),
    # the reference and the oracle
    "import_reference.py": Expect({"softmax": "values are off"},
                                  notes=("reference leaked: []",)),
    "read_reference.py": Expect({"softmax": "values are off"}, notes=("reference found: []",)),
    "oracle_steal.py": Expect({
        name: f"is not provided while `{name}` is graded"
        for name in ("softmax", "cross_entropy_error", "numerical_gradient")}),
    # the worker and its channel
    "reply_forgery.py": Expect({"softmax": None}),
    "reply_desync.py": Expect({"softmax": None, "cross_entropy_error": None,
                               "simple_net": None}),
    "worker_internals.py": Expect({"softmax": "values are off"}),
    "close_channel.py": Expect(notes=("was skipped: the process",)),
    "stops_reading.py": Expect(notes=(CELL_HANG,)),
    # ending the process
    "system_exit.py": Expect({"softmax": "raised SystemExit"}, notes=("raised SystemExit",)),
    "keyboard_interrupt.py": Expect({"cross_entropy_error": "raised KeyboardInterrupt"},
                                    notes=("raised KeyboardInterrupt",)),
    "segfault_cell.py": Expect(notes=("killed by SIGSEGV",)),
    "segfault_in_function.py": Expect({"softmax": "the call crashed: the process was killed "
                                                  "by SIGSEGV"}),
    "os_exit_cell.py": Expect(notes=("os._exit",)),
    "os_exit_in_function.py": Expect({"numerical_diff": "the process exited with status 3"}),
    # escaping the sandbox
    "orphan_processes.py": Expect(),
    "forged_results.py": Expect(_all_zero("is not defined"), base=False,
                                notes=("forged results written:",)),
    "kit_writes.py": Expect(notes=("kit written: []",)),
    "network.py": Expect(notes=("reached: []",)),
    "privilege.py": Expect(notes=("escalated: []",)),
    "shell_escapes.ipynb": Expect(notes=("shell gave: [] None",)),
    # names and files
    "exec_globals.ipynb": Expect({"softmax": "`softmax` is not defined"}, base=False),
    "syntax_error.py": Expect(notes=("raised SyntaxError",)),
    "missing_names.py": Expect(_all_zero("is not defined", keep=("softmax",)), base=False),
    "not_a_notebook.ipynb": Expect(unreadable="is not a Jupyter notebook (not valid JSON"),
    "truncated.ipynb": Expect(unreadable="is not a Jupyter notebook (not valid JSON"),
    "nbformat3.ipynb": Expect(unreadable="only nbformat 4 notebooks are graded"),
    "source_not_text.ipynb": Expect(unreadable="has a source that is not text"),
    "wrong_suffix.txt": Expect(unreadable="expected a .ipynb notebook or a .py script"),
    # modules the grader imports, among the submissions (tests/test_trusted_imports.py)
    "matplotlib.py": Expect(_all_zero("is not defined"), base=False),
    "numpy.py": Expect(_all_zero("is not defined"), base=False),
}
# files that cannot carry a docstring: made at test time (see GENERATED in _write_corpus)
GENERATED = {
    "empty.ipynb": Expect(unreadable="empty.ipynb is empty"),
    "oversized.py": Expect(unreadable="a submission may have"),
    "deeply_nested.ipynb": Expect(unreadable="nested too deeply"),
    # 20,000 shell lines in one cell: IPython would re-read the cell once per line (hours);
    # past the transform budget the cell is left as written, so it is a SyntaxError
    "magic_flood.py": Expect(notes=("raised SyntaxError",)),
    # special files: never opened for reading, never followed (a FIFO blocked the batch,
    # /dev/zero grew the grader to gigabytes, a link to a root-only file leaked it)
    "fifo.ipynb": Expect(unreadable="is a named pipe (FIFO), not a regular file"),
    "dev_zero_link.ipynb": Expect(unreadable="is a symbolic link, not a regular file"),
    "secret_link.py": Expect(unreadable="is a symbolic link, not a regular file"),
}
CLEAN = ("clean_alice.py", "clean_bob.ipynb", "clean_carol.py")
# perfect solutions under names that attack the batch: a 237-byte name (temporary names
# once overflowed), spreadsheet formulas (grades.csv), terminal escapes
HOSTILE_NAMES = ("=" + "学" * 78 + "ab.py", "-2+3\x1b]0;pwned\x07\x1b[31mred.py")
SECRET = "root-only-secret-7f3a9c"  # what secret_link.py points at must never be shown


def reference_sources():
    return {name: inspect.getsource(value)
            for name, value in load_assignment("hw1_gradients").namespace().items()}


def perfect_cells():
    return ["import numpy as np", *reference_sources().values()]


def as_percent(cells):
    return "".join(f"# %%\n{cell}\n\n" for cell in cells)


def as_notebook(cells):
    return {"cells": [{"cell_type": "code", "execution_count": None, "metadata": {},
                       "outputs": [], "source": cell} for cell in cells],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def fast_assignment():
    """hw1_gradients with small time budgets, so that hanging attacks cost seconds."""
    assignment = load_assignment("hw1_gradients")
    questions = [dataclasses.replace(question, cases=[
        dataclasses.replace(case, timeout=CASE_TIMEOUT) for case in question.cases])
        for question in assignment.questions]
    return dataclasses.replace(assignment, questions=questions, cell_timeout=CELL_TIMEOUT)


def _fill(text, values):
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def _write_corpus(folder, values):
    """Every submission of the batch in `folder`; return their paths."""
    folder.mkdir()
    sources = reference_sources()
    values = {**values, **{f"__SOURCE_{name}__": repr(source)
                           for name, source in sources.items()}}
    paths = []
    for name, expect in EXPECTED.items():
        original = HOSTILE / name
        target = folder / name
        if original.suffix == ".py":
            text = _fill(original.read_text(), values)
            target.write_text(as_percent(perfect_cells()) + text if expect.base else text)
        elif original.suffix == ".ipynb" and not expect.unreadable:
            notebook = json.loads(original.read_text())
            for cell in notebook["cells"]:
                cell["source"] = _fill("".join(cell["source"]), values)
            if expect.base:
                notebook["cells"][1:1] = as_notebook(perfect_cells())["cells"]
            target.write_text(json.dumps(notebook, indent=1))
        else:
            target.write_bytes(original.read_bytes())
        paths.append(target)
    (folder / "empty.ipynb").write_bytes(b"")
    (folder / "oversized.py").write_text(as_percent(perfect_cells())
                                         + "# padding\n" * 2_200_000)
    (folder / "deeply_nested.ipynb").write_text("[" * 200_000 + "]" * 200_000)
    (folder / "magic_flood.py").write_text(as_percent(perfect_cells())
                                           + "# %%\n" + "!ls\n" * 20_000)
    (folder / "clean_alice.py").write_text(as_percent(perfect_cells()))
    (folder / "clean_bob.ipynb").write_text(json.dumps(as_notebook(perfect_cells())))
    (folder / "clean_carol.py").write_text("\n\n".join(perfect_cells()))  # one cell, no markers
    os.mkfifo(folder / "fifo.ipynb")
    (folder / "dev_zero_link.ipynb").symlink_to("/dev/zero")
    secret = folder.parent / "root_only.txt"
    secret.write_text(f"# %%\n{SECRET} = 1\n")
    secret.chmod(0o600)
    (folder / "secret_link.py").symlink_to(secret)
    for name in HOSTILE_NAMES:
        (folder / name).write_text(as_percent(perfect_cells()))
    paths += [folder / name for name in (*GENERATED, *CLEAN, *HOSTILE_NAMES)]
    return paths


def _processes_mentioning(token):
    """(pid, uid, command) of every process whose mount table or command line has `token`."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            mounts = Path(f"/proc/{entry}/mountinfo").read_text(errors="replace")
            command = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(
                errors="replace")
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:  # it ended meanwhile
            continue
        if token in mounts or token in command:
            uid = int(status.split("\nUid:")[1].split()[0])
            found.append((int(entry), uid, command.strip()))
    return found


def _survivors(token, wait=10.0):
    """Processes with `token` still alive after up to `wait` seconds (a killed sandbox's
    PID namespace takes a moment to be torn down)."""
    deadline = time.monotonic() + wait
    while True:
        found = _processes_mentioning(token)
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def _hostile_files(*roots):
    hits = []
    for root in roots:
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = [name for name in subfolders if name != ".git"]
            hits += [os.path.join(folder, name) for name in files + subfolders
                     if name.startswith("HOSTILE")]
    return hits


def _sandbox_owned(root):
    """Files under `root` owned by a sandbox uid (65534 or the batch's 61000 and up)."""
    owned = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if name != ".git"]
        for name in files + subfolders:
            try:
                if os.lstat(os.path.join(folder, name)).st_uid >= 61000:
                    owned.append(os.path.join(folder, name))
            except OSError:
                pass
    return owned


BATCH_LIMIT = 150  # seconds; a batch that takes longer is stuck (the test is killed sooner)


def _batch_in_child(paths, outdir, private_tmp, cwd):
    """Runs in a forked child: grade everything with the fast assignment, then exit."""
    os.setsid()  # the child and its pool form one process group, killed if they hang
    module = importlib.import_module("autograder.questions.hw1_gradients")
    module.ASSIGNMENT = fast_assignment()  # the pool's processes are forked from here
    submission_budget.MAX_CELL_RESTARTS = CELL_RESTARTS
    tempfile.tempdir = str(private_tmp)    # the batch's input folder, named in its mounts
    os.chdir(cwd)
    grade_batch(paths, BatchOptions("hw1_gradients", outdir, jobs=2, progress=False,
                                    sandbox="bubblewrap"))


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Grade the corpus and the clean submissions in one batch (-j 2); return what to check.

    The batch runs in a child process, so that a batch that hangs (a grader stuck on a
    hostile submission) fails this test instead of hanging it.
    """
    work = tmp_path_factory.mktemp("hostile")
    token = f"nngrader-hostile-{uuid.uuid4().hex[:12]}"
    private_tmp = work / token
    private_tmp.mkdir()
    cwd = work / "cwd"
    cwd.mkdir()
    outdir = work / "out"
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    values = {"__OUTDIR__": str(outdir), "__REPO__": str(REPO), "__HOSTTMP__": str(work),
              "__PORT__": str(listener.getsockname()[1]), "__PADDING__": "x" * 200_000}
    submissions = _write_corpus(work / "submissions", values)
    owned_before = set(_sandbox_owned(REPO))
    peak_before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    child = multiprocessing.get_context("fork").Process(
        target=_batch_in_child, args=([str(path) for path in submissions], outdir,
                                      private_tmp, cwd))
    started = time.monotonic()
    child.start()
    child.join(BATCH_LIMIT)
    seconds = time.monotonic() - started
    if child.is_alive():
        os.killpg(child.pid, signal.SIGKILL)
        child.join()
        pytest.fail(f"the hostile batch did not finish within {BATCH_LIMIT} s")
    assert child.exitcode == 0, "grade_batch raised (its traceback is in the captured stderr)"
    # the child and its pool have been waited for: their peak memory is in RUSAGE_CHILDREN
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    listener.setblocking(False)
    try:
        connection, address = listener.accept()
        connection.close()
        accepted = address
    except BlockingIOError:
        accepted = None
    listener.close()
    rows = {path.name: read_result(outdir / f"{student_name(path)}.json")
            for path in submissions}
    return {"rows": rows, "token": token, "work": work, "cwd": cwd, "outdir": outdir,
            "submissions": submissions, "seconds": seconds, "accepted": accepted,
            "owned_before": owned_before, "peak_mb": peak, "peak_before_mb": peak_before}


def _expectations():
    return {**EXPECTED, **GENERATED, **{name: Expect() for name in (*CLEAN, *HOSTILE_NAMES)}}


@pytest.mark.parametrize("assignment_id", ASSIGNMENT_IDS)
def test_an_oracle_never_answers_the_question_graded_or_a_later_one(assignment_id):
    """The oracle serves the reference for the names a question builds on. If one of them
    were graded at the same time or later, a submission could ask the oracle for answers
    it is graded on (oracle_steal.py shows the refusal when it asks for its own)."""
    questions = load_assignment(assignment_id).questions
    defined = [question.defined_name for question in questions]
    for number, question in enumerate(questions):
        for name in question.oracle:
            served = name.split(".")[0]  # "TwoLayerNet.loss" serves TwoLayerNet
            if served in defined:
                assert defined.index(served) < number, \
                    f"{question.name} is graded with the reference's {served} as an oracle"


def test_every_hostile_file_is_in_the_table():
    on_disk = {path.name for path in HOSTILE.iterdir()
               if path.name != "README.md" and path.is_file()}  # folders: other assignments
    assert on_disk == set(EXPECTED), "a hostile file without expectations, or the reverse"


def test_every_hostile_file_says_what_it_tries():
    for name in EXPECTED:
        text = (HOSTILE / name).read_text()
        assert "Attack" in text and "Expected" in text, name


@pytest.mark.parametrize("name", [*EXPECTED, *GENERATED, *CLEAN, *HOSTILE_NAMES])
def test_score_and_feedback(graded, name):
    expect = _expectations()[name]
    result = graded["rows"][name]
    tests = {test["name"]: test for test in result["tests"]}
    assert [test["name"] for test in result["tests"]] == list(POINTS), result
    for question, points in POINTS.items():
        test = tests[question]
        assert test["max_score"] == points
        if expect.unreadable:
            assert test["score"] == 0.0
            assert expect.unreadable in test["output"], test["output"]
        elif question in expect.zero:
            assert test["score"] == 0.0, f"{question} earned points:\n{test['output']}"
            phrase = expect.zero[question]
            assert phrase is None or phrase in test["output"], test["output"]
        else:
            assert test["score"] == points, f"{question} lost points:\n{test['output']}\n\n" \
                                            f"{result['output']}"
    assert result["score"] == pytest.approx(sum(test["score"] for test in result["tests"]))
    for phrase in expect.notes:
        assert phrase in result["output"], result["output"]
    assert not (result.get("extra_data") or {}).get("error"), result["output"]


def test_no_process_of_the_batch_survives(graded):
    survivors = _survivors(graded["token"]) + _survivors(f"sleep {ORPHAN_MARKER}", wait=0)
    assert survivors == [], "sandbox processes outlived the batch (pid, uid, command)"


def test_results_folder_holds_only_the_results(graded):
    expected = ({f"{student_name(path)}.json" for path in graded["submissions"]} | {"grades.csv"}
                | {f"{student_name(path)}.html" for path in graded["submissions"]})  # pages
    written = {path.name for path in graded["outdir"].iterdir()}
    assert written - REPORTS == expected
    lines = (graded["outdir"] / "grades.csv").read_text().splitlines()
    assert lines[0] == ",".join(["submission", *POINTS, "total"])
    assert len(lines) == 1 + len(graded["submissions"])
    for name in ("forged_results.json", "clean_alice.json"):  # both targets of the forgery
        result = json.loads((graded["outdir"] / name).read_text())
        assert "forged" not in json.dumps(result["tests"])
        assert len(result["extra_data"]["submission_sha256"]) == 64
    assert json.loads((graded["outdir"] / "forged_results.json").read_text())["score"] == 0.0


def test_names_are_safe_in_grades_csv_and_links_leak_nothing(graded):
    with open(graded["outdir"] / "grades.csv", newline="") as stream:
        names = [row[0] for row in csv.reader(stream)][1:]
    assert not [name for name in names if name[:1] in "=+-@\t\r"], names
    assert {name for name in names if name[:2] in ("'=", "'-")} == {
        spreadsheet_text(student_name(Path(name))) for name in HOSTILE_NAMES}, names
    assert not [name for name in names if "\x1b" in name or "\x07" in name], names
    for path in graded["outdir"].iterdir():
        assert SECRET not in path.read_text(errors="replace"), path.name
    long_name = student_name(Path(HOSTILE_NAMES[0]))
    assert len(f"{long_name}.json".encode()) <= 255 and long_name != Path(HOSTILE_NAMES[0]).stem


def test_nothing_written_outside_the_sandbox(graded):
    assert list(graded["cwd"].iterdir()) == []
    assert _hostile_files(REPO, graded["work"], graded["outdir"]) == []
    assert not [name for name in os.listdir("/tmp") if name.startswith("HOSTILE")]
    assert set(_sandbox_owned(REPO)) <= graded["owned_before"]
    payload = "touch /tmp/" + "HOSTILE_pwned"  # what kit_writes.py appends
    for path in REPO.rglob("*.py"):
        if ".git" not in path.parts and "hostile" not in path.parts:
            assert payload not in path.read_text(errors="replace"), path


def test_no_network_reached_the_host(graded):
    assert graded["accepted"] is None


def test_grader_memory_stays_bounded(graded):
    assert graded["peak_mb"] <= max(graded["peak_before_mb"], PEAK_MEMORY_MB), \
        f"a process of the batch reached {graded['peak_mb']:.0f} MB"

