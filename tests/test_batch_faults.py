"""Faults of the grader are never scores (autograder/batch.py, issue 7 part 1, issue 8).

- a sandbox that cannot start (a `bwrap` that exits 1): one clear error, exit 3, no file;
- a data folder the sandbox cannot read: the same, before anything is graded;
- a grading process that dies (the OOM killer, a crash): that submission alone is retried
  in a fresh process, and a fault (no score, graded again next run) if it dies again;
- a data set that fails to load mid-batch: that submission is a fault, not a zero.
"""
import csv
import json
import os
import signal
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from autograder import batch, grade, sandbox, session  # noqa: E402
from autograder.batch import BatchOptions, run_batch  # noqa: E402
from autograder.cli import app  # noqa: E402
from autograder.faults import GraderFault  # noqa: E402

FAKE_BWRAP = """#!/bin/sh
echo "bwrap: Creating new namespace failed: Operation not permitted" >&2
exit 1
"""
TRIVIAL = "import numpy as np\n"  # defines nothing: every case fails fast


@pytest.fixture
def broken_bwrap(tmp_path, monkeypatch):
    """Every way the kit starts bubblewrap runs a `bwrap` that exits 1."""
    folder = tmp_path / "fakebin"
    folder.mkdir()
    fake = folder / "bwrap"
    fake.write_text(FAKE_BWRAP)
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:{os.environ['PATH']}")
    real = sandbox.worker_command

    def with_fake(*args, **kwargs):
        argv, env, cwd = real(*args, **kwargs)
        if Path(argv[0]).name == "bwrap":
            argv = [str(fake), *argv[1:]]
        return argv, env, cwd

    monkeypatch.setattr(sandbox, "worker_command", with_fake)
    monkeypatch.setattr(session, "worker_command", with_fake)
    return fake


def test_a_sandbox_that_cannot_start_stops_the_batch_with_no_file_written(tmp_path,
                                                                         broken_bwrap):
    submissions = tmp_path / "subs"
    submissions.mkdir()
    for name in ("alice.py", "bob.py"):
        (submissions / name).write_text(TRIVIAL)
    outdir = tmp_path / "out"
    result = CliRunner().invoke(app, ["grade", "hw1_gradients", str(submissions), "-o",
                                      str(outdir), "--sandbox", "bubblewrap", "-j", "2",
                                      "--no-progress"])
    assert result.exit_code == 3, result.output
    assert "error:" in result.output and "Nothing was graded" in result.output
    assert "bwrap: Creating new namespace failed" in result.output  # bubblewrap's own words
    assert "alice" not in result.output.replace(str(submissions), "")
    assert not outdir.exists() or list(outdir.iterdir()) == []


@pytest.mark.skipif(os.geteuid() != 0 or not sandbox.bubblewrap_available(),
                    reason="the sandbox drops to another uid only when the grader is root")
def test_a_data_folder_the_sandbox_cannot_read_stops_the_batch(tmp_path, monkeypatch):
    """A data file private to root (mode 0600) would fail every notebook that reads it."""
    monkeypatch.setenv("NNGRADER_DATA", os.environ.get("NNGRADER_DATA", ""))  # run_batch sets it
    data = tmp_path / "data"
    (data / "mnist").mkdir(parents=True)
    private = data / "mnist" / "train-images-idx3-ubyte.gz"
    private.write_bytes(b"\x1f\x8b")
    private.chmod(0o600)
    submission = tmp_path / "alice.py"
    submission.write_text(TRIVIAL)
    with pytest.raises(GraderFault, match="cannot read the data folder.*Permission denied"):
        run_batch([str(submission)], BatchOptions("hw1_gradients", tmp_path / "out",
                                                  data_dir=data, sandbox="bubblewrap",
                                                  progress=False))
    assert not (tmp_path / "out").exists()
    private.chmod(0o644)  # readable by everyone: the same batch grades
    outcome = run_batch([str(submission)], BatchOptions("hw1_gradients", tmp_path / "out",
                                                        data_dir=data, sandbox="bubblewrap",
                                                        progress=False, plot=False))
    assert outcome.faults == [] and outcome.rows[0][1]["status"] == "graded"


def test_a_dead_grading_process_costs_only_its_submission(tmp_path, monkeypatch):
    """Kill a pool process mid-batch (SIGKILL, as the OOM killer does): the victim is
    retried and graded; a submission whose process always dies is a fault; nobody else
    loses anything."""
    folder = tmp_path / "subs"
    folder.mkdir()
    names = ["alice", "bob", "victim", "doomed", "carol"]
    for name in names:
        (folder / f"{name}.py").write_text(TRIVIAL)
    killed = tmp_path / "killed-once"
    real = batch.grade_submission

    def dying(path, context, seed=None):
        stem = Path(path).stem
        if stem == "doomed" or (stem == "victim" and not killed.exists()):
            killed.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, context, seed)

    monkeypatch.setattr(batch, "grade_submission", dying)  # pool processes are forked
    outdir = tmp_path / "out"
    outcome = run_batch([str(folder / f"{name}.py") for name in names],
                        BatchOptions("hw1_gradients", outdir, jobs=2, progress=False,
                                     plot=False))
    rows = dict(outcome.rows)
    assert list(rows) == names
    for name in ("alice", "bob", "victim", "carol"):
        assert rows[name]["status"] == "graded" and rows[name]["score"] == 0.0, rows[name]
    assert killed.exists()
    assert rows["doomed"]["status"] == "error" and rows["doomed"]["score"] is None
    assert [name for name, _ in outcome.faults] == ["doomed"]
    assert "died twice" in outcome.faults[0][1]
    assert json.loads((outdir / "doomed.json").read_text())["status"] == "error"
    with open(outdir / "grades.csv", newline="") as stream:
        table = {row[0]: row[-1] for row in csv.reader(stream)}
    assert table == {"submission": "total", "alice": "0", "bob": "0", "victim": "0",
                     "carol": "0", "doomed": ""}


def test_data_that_fails_to_load_mid_batch_is_a_fault_not_a_zero(tmp_path, monkeypatch):
    def unreadable(self, shared):
        raise PermissionError(13, "Permission denied", f"/data/{shared.key}")

    monkeypatch.setattr(grade.GradingContext, "shared_array", unreadable)
    submission = tmp_path / "alice.py"
    submission.write_text(TRIVIAL)
    outcome = run_batch([str(submission)], BatchOptions("hw2_two_layer_net", tmp_path / "out",
                                                        progress=False, plot=False))
    (name, result), = outcome.rows
    assert result["status"] == "error" and result["score"] is None
    assert "Permission denied" in outcome.faults[0][1]


def test_a_result_that_cannot_be_written_costs_that_submission_only(tmp_path, monkeypatch):
    real = batch.write_result

    def failing(path, result):
        if Path(path).stem == "bob":
            raise OSError(28, "No space left on device")
        return real(path, result)

    monkeypatch.setattr(batch, "write_result", failing)
    for name in ("alice", "bob", "carol"):
        (tmp_path / f"{name}.py").write_text(TRIVIAL)
    outcome = run_batch([str(tmp_path / f"{name}.py") for name in ("alice", "bob", "carol")],
                        BatchOptions("hw1_gradients", tmp_path / "out", progress=False,
                                     plot=False))
    rows = dict(outcome.rows)
    assert rows["alice"]["status"] == rows["carol"]["status"] == "graded"
    assert rows["bob"]["status"] == "error" and "No space left" in outcome.faults[0][1]
    assert sorted(path.name for path in (tmp_path / "out").iterdir()
                  if path.suffix != ".html") == ["alice.json", "carol.json", "grades.csv"]
    assert not (tmp_path / "out" / "bob.html").exists()
    assert "bob,," in (tmp_path / "out" / "grades.csv").read_text()
