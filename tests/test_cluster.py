"""Grading on a Dask cluster (`nngrader grade --scheduler`, autograder/cluster.py).

A `local:2` cluster gives the same per-question scores as `-j 2` for the same submissions;
a Dask worker killed while it grades costs nothing (Dask grades that submission again
elsewhere); when every attempt dies the submission is a grader fault that the next run
grades; a killed worker's inputs folder does not outlive it; each worker builds its
grading context once; without --scheduler nothing of Dask is imported. The deaths are
not timed: the worker grading a chosen submission kills itself after a chosen cell.
"""
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # plain `pytest` would find tests/reference/ as `reference`
    sys.path.insert(0, str(REPO))

from autograder import cluster as grading_cluster  # noqa: E402
from autograder.batch import BatchOptions, grade_batch  # noqa: E402
from autograder.cli import app  # noqa: E402
from test_batch import perfect_source  # noqa: E402

CORPUS = REPO / "tests" / "corpora" / "hw1_gradients"
# realistic bugs of three different questions, and a correct submission
VARIANTS = ["bug_gradient_descent_no_lr", "bug_numerical_diff_forward",
            "bug_simple_net_no_softmax"]


@pytest.fixture(scope="module")
def submissions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("subs")
    (folder / "perfect.py").write_text(perfect_source())
    for name in VARIANTS:
        (folder / f"{name}.py").write_text(perfect_source() + "\n\n# %%\n"
                                           + (CORPUS / f"{name}.py").read_text())
    return sorted(str(path) for path in folder.iterdir())


def per_question(rows):
    return {name: {test["name"]: test["score"] for test in result["tests"]}
            for name, result in rows}


@pytest.fixture(scope="module")
def pool_scores(submissions, tmp_path_factory):
    """The per-question scores of a local `-j 2` run: what the cluster must give."""
    rows = grade_batch(submissions, BatchOptions("hw1_gradients",
                                                 tmp_path_factory.mktemp("pool"), jobs=2,
                                                 progress=False))
    assert all(result["status"] == "graded" for _, result in rows)
    return per_question(rows)


@pytest.fixture(scope="module")
def dask_cluster():
    """Two single-threaded worker processes, reached by their scheduler's address."""
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)
    yield cluster, client
    client.close()
    cluster.close()


def results_in(outdir):
    return {path.stem: json.loads(path.read_text()) for path in Path(outdir).glob("*.json")}


def test_local_cluster_gives_the_scores_of_the_pool(submissions, pool_scores, tmp_path):
    outdir = tmp_path / "out"
    command = ["grade", "hw1_gradients", *submissions, "-o", str(outdir), "--no-progress",
               "--scheduler", "local:2"]
    run = CliRunner().invoke(app, command)
    assert run.exit_code == 0, run.output
    results = results_in(outdir)
    assert per_question(results.items()) == pool_scores
    assert all(result["status"] == "graded" for result in results.values())
    assert (outdir / "grades.csv").read_text().count("\n") == len(submissions) + 1
    assert all((outdir / f"{name}.html").exists() for name in results)

    before = {path.name: path.stat().st_mtime_ns for path in outdir.glob("*.json")}
    again = CliRunner().invoke(app, command)  # resume: every result is current
    assert again.exit_code == 0, again.output
    assert {path.name: path.stat().st_mtime_ns for path in outdir.glob("*.json")} == before


def dying_on(marker, claim):
    """(install, restore): functions for client.run that make the first Dask worker to run
    a cell containing `marker` kill itself (SIGKILL, as the system's OOM killer would)
    right after that cell ran in its sandbox, mid-submission. Whichever worker gets there
    first claims the file `claim` and writes its inputs folder there; no other dies. No
    timing: the death is at a fixed point of a chosen submission."""

    def install():
        from autograder import session

        ordinary = session.WorkerSession.__dict__.get("ordinary_run_cell",
                                                      session.WorkerSession.run_cell)

        def run_cell(self, index, source, timeout):
            reply = ordinary(self, index, source, timeout)
            if marker in source:
                try:
                    descriptor = os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
                except FileExistsError:  # another worker died on it already
                    return reply
                os.write(descriptor, str(self.inputs_dir).encode())
                os.close(descriptor)
                os.kill(os.getpid(), signal.SIGKILL)
            return reply

        session.WorkerSession.ordinary_run_cell = ordinary
        session.WorkerSession.run_cell = run_cell

    def restore():
        from autograder import session

        if "ordinary_run_cell" in session.WorkerSession.__dict__:
            session.WorkerSession.run_cell = session.WorkerSession.ordinary_run_cell
            del session.WorkerSession.ordinary_run_cell

    return install, restore


def grade_with_a_death(submissions, dask_cluster, outdir, claim):
    """Grade `submissions` on the cluster while the worker grading the second one dies
    after its last cell ran; the dead worker's inputs folder."""
    cluster, client = dask_cluster
    marker = (CORPUS / f"{VARIANTS[1]}.py").read_text().splitlines()[0]
    install, restore = dying_on(marker, str(claim))
    client.run(install)
    try:
        rows = grade_batch(submissions, BatchOptions("hw1_gradients", outdir, progress=False,
                                                     scheduler=cluster.scheduler_address))
        assert claim.exists(), "no worker reached the marked cell"
        client.wait_for_workers(2, timeout=120)  # the nanny restarts the killed worker
    finally:
        client.run(restore)
    return rows, Path(claim.read_text())


def test_a_worker_killed_mid_batch_costs_nothing(submissions, pool_scores, dask_cluster,
                                                 tmp_path):
    rows, dead_inputs = grade_with_a_death(submissions, dask_cluster, tmp_path / "out",
                                           tmp_path / "claim")
    assert all(result["status"] == "graded" for _, result in rows), rows
    assert per_question(rows) == pool_scores
    assert per_question(results_in(tmp_path / "out").items()) == pool_scores
    # each worker process built its grading context (and loaded its data) at most once
    built = dask_cluster[1].run(grading_cluster.contexts_built)
    assert set(built.values()) <= {0, 1}, built
    # the killed worker ran no atexit: its inputs folder went with its Dask directory
    assert not dead_inputs.exists(), f"{dead_inputs} outlived its worker"


def test_a_submission_whose_workers_all_die_is_a_grader_fault(submissions, pool_scores,
                                                              dask_cluster, tmp_path):
    cluster, _ = dask_cluster
    outdir = tmp_path / "out"
    allowed = cluster.scheduler.allowed_failures
    cluster.scheduler.allowed_failures = 0  # the first death is the last
    try:
        rows, _ = grade_with_a_death(submissions, dask_cluster, outdir, tmp_path / "claim")
        rows = dict(rows)
    finally:
        cluster.scheduler.allowed_failures = allowed
    # the submission being graded, and any queued on the same worker, are not scored
    faults = [name for name, result in rows.items() if result["status"] == "error"]
    assert VARIANTS[1] in faults, rows
    for name in faults:
        assert rows[name]["score"] is None and "died" in rows[name]["extra_data"]["error"]
        assert results_in(outdir)[name]["status"] == "error"
    assert per_question((name, result) for name, result in rows.items()
                        if name not in faults) == {name: scores for name, scores in
                                                   pool_scores.items() if name not in faults}

    again = dict(grade_batch(submissions, BatchOptions(  # the next run grades it
        "hw1_gradients", outdir, progress=False, scheduler=cluster.scheduler_address)))
    assert all(result["status"] == "graded" for result in again.values()), again
    assert per_question(again.items()) == pool_scores


def run_cli_in_a_fresh_python(arguments, before="", after=""):
    """`nngrader ARGUMENTS` in a new interpreter, between the lines `before` and `after`;
    (completed process, lines of its standard output, "exit CODE" among them)."""
    program = ("import sys\n" + before + "from autograder.cli import app\n"
               f"try:\n    app({arguments!r})\n"
               "except SystemExit as exit:\n    print('exit', exit.code)\n" + after)
    completed = subprocess.run([sys.executable, "-c", program], capture_output=True,
                               text=True, cwd=REPO, timeout=300,
                               env={**os.environ, "PYTHONPATH": str(REPO)})
    return completed, completed.stdout.strip().splitlines()


def test_without_scheduler_nothing_of_dask_is_imported(submissions, tmp_path):
    completed, lines = run_cli_in_a_fresh_python(
        ["grade", "hw1_gradients", submissions[0], "-o", str(tmp_path), "--no-progress"],
        after="print(sorted(name for name in sys.modules\n"
              "             if name.split('.')[0] in ('dask', 'distributed')))\n")
    assert lines[-2:] == ["exit 0", "[]"], completed.stdout + completed.stderr
    assert (tmp_path / "grades.csv").exists()


def test_a_bad_local_cluster_size_is_refused(submissions, tmp_path):
    run = CliRunner().invoke(app, ["grade", "hw1_gradients", submissions[0], "-o",
                                   str(tmp_path), "--scheduler", "local:zero"])
    assert run.exit_code == 2 and not any(tmp_path.iterdir())


def test_an_unreachable_scheduler_grades_nothing(submissions, tmp_path):
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        run = CliRunner().invoke(app, ["grade", "hw1_gradients", submissions[0], "-o",
                                       str(tmp_path / "out"), "--scheduler",
                                       "tcp://127.0.0.1:9"])
    assert run.exit_code == 3, run.output
    assert "Dask scheduler" in run.output and not (tmp_path / "out").exists()


def test_without_dask_installed_the_command_names_the_extra(submissions, tmp_path):
    completed, lines = run_cli_in_a_fresh_python(
        ["grade", "hw1_gradients", submissions[0], "-o", str(tmp_path), "--scheduler",
         "local:1"],
        before="sys.modules['distributed'] = None  # as if the cluster extra were not "
               "installed\n")
    assert lines[-1:] == ["exit 2"], completed.stderr
    assert "[cluster]" in completed.stderr and not any(tmp_path.iterdir())
