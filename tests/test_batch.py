"""Grading many submissions (autograder/batch.py, results.py) and the `nngrader grade` verb.

Resume skips results that are current and regrades what changed; results are written
atomically (no temporary files are left behind); grades.csv has one column per question
and a total; the command exits with 0 whatever the scores, 1 on a fault of the grader
(no score), 2 on an argument that names nothing; two files of one student leave out that
student only.
"""
import csv
import inspect
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # plain `pytest` would find tests/reference/ as `reference`
    sys.path.insert(0, str(REPO))

from autograder import batch  # noqa: E402
from autograder.batch import BatchOptions, grade_batch  # noqa: E402
from autograder.cli import app  # noqa: E402
from autograder.faults import GraderFault  # noqa: E402
from autograder.questions import load_assignment  # noqa: E402
from autograder.results import write_atomically  # noqa: E402

QUESTIONS = [question.name for question in load_assignment("hw1_gradients").questions]
WRONG_SOFTMAX = "\n\n# %%\ndef softmax(x):\n    return np.zeros_like(x)  # fails every case\n"
# files the batch writes besides one result per submission and grades.csv
REPORTS = {"class_report.png", "class_report.html"}


def perfect_source():
    sources = [inspect.getsource(value)
               for value in load_assignment("hw1_gradients").namespace().values()]
    return "# %%\nimport numpy as np\n\n# %%\n" + "\n\n# %%\n".join(sources)


@pytest.fixture
def submissions(tmp_path):
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "alice.py").write_text(perfect_source())
    (folder / "bob.py").write_text(perfect_source() + WRONG_SOFTMAX)
    return [folder / "alice.py", folder / "bob.py"]


class _CallLog:
    """Names of the files graded, in order, recorded by the (forked) grading processes."""

    def __init__(self, path):
        self.path = path

    def names(self):
        return self.path.read_text().splitlines() if self.path.exists() else []

    def clear(self):
        self.path.unlink(missing_ok=True)

    def __iter__(self):
        return iter(self.names())

    def __eq__(self, other):
        return self.names() == list(other)

    def __repr__(self):
        return repr(self.names())


@pytest.fixture
def graded_calls(monkeypatch, tmp_path):
    """The submissions actually graded (not skipped as current), in order."""
    calls = _CallLog(tmp_path / "graded-calls.log")
    real = batch.grade_submission

    def counting(path, context, seed=None):
        with open(calls.path, "a") as log:
            log.write(Path(path).name + "\n")
        return real(path, context, seed)

    monkeypatch.setattr(batch, "grade_submission", counting)
    return calls


def options(outdir, **kwargs):
    return BatchOptions("hw1_gradients", outdir, progress=False, **kwargs)


def scores(rows):
    return {name: result["score"] for name, result in rows}


# -- resume --------------------------------------------------------------------------------

def test_resume_skips_current_results_and_regrades_changed_files(tmp_path, submissions,
                                                                  graded_calls):
    outdir = tmp_path / "out"
    paths = [str(path) for path in submissions]
    assert scores(grade_batch(paths, options(outdir))) == {"alice": 15.0, "bob": 12.0}
    assert graded_calls == ["alice.py", "bob.py"]
    before = {path.name: (path.stat().st_mtime_ns, path.read_bytes())
              for path in outdir.glob("*.json")}

    graded_calls.clear()
    assert scores(grade_batch(paths, options(outdir))) == {"alice": 15.0, "bob": 12.0}
    assert graded_calls == [], "current results were graded again"
    assert {path.name: (path.stat().st_mtime_ns, path.read_bytes())
            for path in outdir.glob("*.json")} == before

    submissions[1].write_text(perfect_source())  # bob fixes softmax and resubmits
    assert scores(grade_batch(paths, options(outdir))) == {"alice": 15.0, "bob": 15.0}
    assert graded_calls == ["bob.py"]

    graded_calls.clear()
    (outdir / "alice.json").write_text("{ half a file")  # an unreadable result is stale
    grade_batch(paths, options(outdir))
    assert graded_calls == ["alice.py"]

    graded_calls.clear()
    grade_batch(paths, options(outdir, seed=7))  # another seed draws other cases
    assert graded_calls == ["alice.py", "bob.py"]

    graded_calls.clear()
    grade_batch(paths, options(outdir, seed=7, resume=False))
    assert graded_calls == ["alice.py", "bob.py"]


def test_results_record_what_they_were_graded_from(tmp_path, submissions):
    rows = dict(grade_batch([str(submissions[0])], options(tmp_path / "out")))
    extra = rows["alice"]["extra_data"]
    assert extra["assignment"] == "hw1_gradients" and isinstance(extra["seed"], int)
    assert len(extra["submission_sha256"]) == 64 and extra["kit"]


# -- files written -------------------------------------------------------------------------

def test_the_results_folder_holds_results_and_no_temporary_files(tmp_path, submissions):
    outdir = tmp_path / "out"
    grade_batch([str(path) for path in submissions], options(outdir, jobs=2))
    assert set(os.listdir(outdir)) - REPORTS == {"alice.json", "bob.json", "grades.csv",
                                                 "alice.html", "bob.html"}
    result = json.loads((outdir / "bob.json").read_text())
    assert [test["name"] for test in result["tests"]] == QUESTIONS
    assert set(result["tests"][0]) >= {"name", "score", "max_score", "output", "visibility"}


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "alice.json"
    write_atomically(target, '{"score": 1}')
    with pytest.raises(TypeError):
        write_atomically(target, None)  # fails while writing the temporary file
    assert target.read_text() == '{"score": 1}'
    assert os.listdir(tmp_path) == ["alice.json"]


def test_grades_csv_has_a_column_per_question_and_a_total(tmp_path, submissions):
    outdir = tmp_path / "out"
    grade_batch([str(path) for path in submissions], options(outdir))
    with open(outdir / "grades.csv", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["submission", *QUESTIONS, "total"]
    assert rows[1] == ["alice", "1", "3", "2", "3", "3", "3", "15"]
    assert rows[2] == ["bob", "1", "3", "2", "0", "3", "3", "12"]


def test_a_late_submission_updates_its_row_and_keeps_everyone_elses(tmp_path, submissions):
    """grades.csv is the class gradebook: grading one file into the folder updates one row."""
    outdir = tmp_path / "out"
    previous = os.umask(0o022)
    try:
        grade_batch([str(path) for path in submissions], options(outdir))
        late = tmp_path / "late" / "carol.py"
        late.parent.mkdir()
        late.write_text(perfect_source() + WRONG_SOFTMAX)
        grade_batch([str(late)], options(outdir))
        submissions[1].write_text(perfect_source())  # bob resubmits alone, fixed
        grade_batch([str(submissions[1])], options(outdir))
    finally:
        os.umask(previous)
    with open(outdir / "grades.csv", newline="") as stream:
        totals = {row[0]: row[-1] for row in csv.reader(stream)}
    assert totals == {"submission": "total", "alice": "15", "bob": "15", "carol": "12"}
    for name in ("alice.json", "bob.json", "carol.json", "grades.csv"):
        assert (outdir / name).stat().st_mode & 0o777 == 0o644, name  # not 0600


# -- faults and clashes --------------------------------------------------------------------

def test_a_grader_fault_gives_no_score_and_is_graded_again(tmp_path, submissions,
                                                           monkeypatch):
    real = batch.grade_submission
    trip = {"bob.py"}

    def faulty(path, context, seed=None):
        if Path(path).name in trip:
            raise RuntimeError("the grader tripped")
        return real(path, context, seed)

    monkeypatch.setattr(batch, "grade_submission", faulty)
    outdir = tmp_path / "out"
    outcome = batch.run_batch([str(path) for path in submissions], options(outdir))
    rows = dict(outcome.rows)
    assert rows["alice"]["score"] == 15.0 and rows["alice"]["status"] == "graded"
    assert rows["bob"]["status"] == "error" and rows["bob"]["score"] is None
    assert "RuntimeError: the grader tripped" in rows["bob"]["output"]
    assert outcome.faults == [("bob", "RuntimeError: the grader tripped")]
    on_disk = json.loads((outdir / "bob.json").read_text())
    assert on_disk["status"] == "error" and on_disk["score"] is None
    with open(outdir / "grades.csv", newline="") as stream:
        table = {row[0]: row[1:] for row in csv.reader(stream)}
    assert table["bob"] == [""] * (len(QUESTIONS) + 1)  # no score, not a zero
    trip.clear()  # the grader is fixed: a rerun grades bob again, and only bob
    rows = dict(grade_batch([str(path) for path in submissions], options(outdir)))
    assert rows["bob"]["status"] == "graded" and rows["bob"]["score"] == 12.0


def test_two_files_of_one_student_leave_out_that_student_only(tmp_path, submissions,
                                                             graded_calls):
    mallory = submissions[0].parent / "mallory.py"
    mallory.write_text(perfect_source())
    notebook = submissions[0].parent / "mallory.ipynb"
    notebook.write_text("{}")
    outcome = batch.run_batch([*map(str, submissions), str(mallory), str(notebook)],
                              options(tmp_path / "out"))
    assert sorted(graded_calls) == ["alice.py", "bob.py"]
    assert [name for name, _ in outcome.rows] == ["alice", "bob"]
    assert len(outcome.refused) == 1
    assert "mallory is not graded: 2 files" in outcome.refused[0]
    assert "mallory.py" in outcome.refused[0] and "mallory.ipynb" in outcome.refused[0]
    assert not (tmp_path / "out" / "mallory.json").exists()
    # the same file given twice is not a clash
    graded_calls.clear()
    rows = grade_batch([str(submissions[0]), str(submissions[0])], options(tmp_path / "o2"))
    assert [name for name, _ in rows] == ["alice"] and graded_calls == ["alice.py"]


# -- the command line ----------------------------------------------------------------------

def test_nngrader_grade_exits_with_zero_whatever_the_scores(tmp_path, submissions):
    outdir = tmp_path / "out"
    result = CliRunner().invoke(app, ["grade", "hw1_gradients", *map(str, submissions),
                                      "-o", str(outdir), "-j", "2", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "alice: 15 / 15" in result.output and "bob: 12 / 15" in result.output
    assert set(os.listdir(outdir)) - REPORTS == {"alice.json", "bob.json", "grades.csv",
                                                 "alice.html", "bob.html"}


def test_a_missing_file_or_empty_pattern_is_named_and_gets_no_row(tmp_path, submissions):
    missing = tmp_path / "subs" / "carol.ipynb"
    pattern = tmp_path / "nowhere" / "*.ipynb"
    outdir = tmp_path / "out"
    result = CliRunner().invoke(app, ["grade", "hw1_gradients", str(submissions[0]),
                                      str(missing), str(pattern), "-o", str(outdir),
                                      "--no-progress"])
    assert result.exit_code == 2, result.output
    assert f"{missing}: no such file or folder" in result.output
    assert f"{pattern}: the pattern matched no file" in result.output
    assert "alice: 15 / 15" in result.output  # the rest is graded
    assert set(os.listdir(outdir)) - REPORTS == {"alice.json", "grades.csv", "alice.html"}
    assert (outdir / "grades.csv").read_text().count("\n") == 2
    # nothing at all to grade: no results folder either
    result = CliRunner().invoke(app, ["grade", "hw1_gradients", str(pattern), "-o",
                                      str(tmp_path / "none"), "--no-progress"])
    assert result.exit_code == 2 and "nothing to grade" in result.output
    assert not (tmp_path / "none").exists()


def test_a_grader_fault_makes_the_command_fail_and_lists_it(tmp_path, submissions,
                                                           monkeypatch):
    def broken(path, context, seed=None):
        raise GraderFault("the inputs folder is unreadable")

    monkeypatch.setattr(batch, "grade_submission", broken)
    result = CliRunner().invoke(app, ["grade", "hw1_gradients", str(submissions[0]),
                                      "-o", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 1, result.output
    assert "alice: NOT GRADED" in result.output
    assert "1 submission(s) NOT graded" in result.output
    assert "alice: the inputs folder is unreadable" in result.output


def test_an_unknown_assignment_is_a_usage_error(tmp_path, submissions):
    result = CliRunner().invoke(app, ["grade", "hw9_nothing", str(submissions[0]),
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists()


def test_the_installed_command(tmp_path, submissions):
    completed = subprocess.run(
        ["nngrader", "grade", "hw1_gradients", str(submissions[0]), "-o", str(tmp_path / "out"),
         "--no-progress"], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert "alice: 15 / 15" in completed.stdout


def test_missing_data_stops_the_batch_before_anything_is_graded(tmp_path, monkeypatch):
    """No cat data: one clear error up front, not a zero for every student."""
    from autograder.data import DataError

    monkeypatch.setenv("NNGRADER_DATA", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()
    submission = tmp_path / "student.py"
    submission.write_text("import numpy as np\n")
    with pytest.raises(DataError, match="train_catvnoncat.h5"):
        grade_batch([str(submission)], BatchOptions("hw4_logistic_regression",
                                                    tmp_path / "out", progress=False))
    assert not (tmp_path / "out" / "student.json").exists()


def test_a_data_folder_given_as_an_option_reaches_the_sandboxed_notebook(tmp_path, monkeypatch):
    from autograder import data as kit_data

    data = kit_data.data_dir()
    monkeypatch.delenv("NNGRADER_DATA", raising=False)
    submission = tmp_path / "student.py"
    submission.write_text("import os\nassert os.environ['NNGRADER_DATA'] == '/data'\n"
                          "assert os.path.exists('/data/catvnoncat/test_catvnoncat.h5')\n")
    rows = grade_batch([str(submission)], BatchOptions("hw3_neuron", tmp_path / "out",
                                                       data_dir=data, progress=False))
    assert "skipped" not in rows[0][1]["output"], rows[0][1]["output"]


def test_real_layouts_are_graded_by_student_and_names_printed_safely(tmp_path):
    """An nbgrader tree, a Canvas download and a Moodle download, given as folders."""
    trivial = "import numpy as np\n"
    files = ["nbgrader/submitted/alice/hw1_gradients/hw1_gradients.py",
             "nbgrader/submitted/bob/hw1_gradients/hw1_gradients.py",
             "canvas/smithjohn_LATE_48213_5829311_hw1_gradients.py",
             "moodle/Jane Doe_1234567_assignsubmission_file_/hw1.py",
             "flat/evil\x1b]0;pwned\x07\x1b[2J.py"]
    for name in files:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(trivial)
    outdir = tmp_path / "out"
    result = CliRunner().invoke(app, ["grade", "hw1_gradients",
                                      str(tmp_path / "nbgrader" / "submitted"),
                                      str(tmp_path / "canvas"), str(tmp_path / "moodle"),
                                      str(tmp_path / "flat"), "-o", str(outdir), "-j", "2",
                                      "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "evil\\x1b]0;pwned\\x07\\x1b[2J: 0 / 15" in result.output
    students = {"alice", "bob", "smithjohn", "Jane Doe", "evil\x1b]0;pwned\x07\x1b[2J"}
    assert set(os.listdir(outdir)) - REPORTS == {
        "grades.csv", *(f"{name}.json" for name in students),
        *(f"{name}.html" for name in students)}
    with open(outdir / "grades.csv", newline="") as stream:
        names = [row[0] for row in csv.reader(stream)][1:]
    assert names == ["alice", "bob", "evil\\x1b]0;pwned\\x07\\x1b[2J", "Jane Doe", "smithjohn"]


def test_numpys_warnings_about_a_submissions_values_stay_off_the_terminal(tmp_path):
    """inf and negative probabilities from a submission reach the trusted side's comparisons
    and oracle answers (log of a negative); the RuntimeWarnings numpy raised there used to
    fill the instructor's terminal."""
    nan_softmax = ("\n\n# %%\ndef softmax(x):\n    return -np.full(np.shape(x), np.inf)\n\n"
                   "def cross_entropy_error(p, y):\n    return float('inf')\n")
    path = tmp_path / "carol.py"
    path.write_text(perfect_source() + nan_softmax)
    completed = subprocess.run(
        ["nngrader", "grade", "hw1_gradients", str(path), "-o", str(tmp_path / "out"),
         "--no-progress"], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert "carol: " in completed.stdout and "carol: 15 / 15" not in completed.stdout
    assert "Warning" not in completed.stderr, completed.stderr


def test_a_batch_forked_after_grading_in_this_process_finishes(tmp_path):
    """Grading here first leaves nothing behind that a forked pool process would wait on:
    a training case's reference curve runs in a thread (case_details.prefetch_curve), and
    a thread pool kept after it once made every later -j batch of this process hang (the
    batch's other seed makes other cases: nothing is found in the inherited cache)."""
    from autograder.grade import GradingContext, grade_submission

    solved = Path(__file__).resolve().parent.parent / "solutions" / "hw2_two_layer_net" / \
        "hw2_two_layer_net.ipynb"
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    os.chmod(inputs, 0o755)
    here = grade_submission(solved, GradingContext(load_assignment("hw2_two_layer_net"),
                                                   inputs, use_bubblewrap=False))
    outcome = {}
    batch = threading.Thread(target=lambda: outcome.update(grade_batch(
        [str(solved)], BatchOptions("hw2_two_layer_net", tmp_path / "out", progress=False,
                                    plot=False, sandbox="none", seed=7))), daemon=True)
    batch.start()
    batch.join(120)
    assert not batch.is_alive(), "the batch forked after grading here did not finish"
    assert outcome["hw2_two_layer_net"]["score"] == here["score"] > 0
