"""Grading on a Dask cluster (`nngrader grade --scheduler`, autograder/cluster.py).

A `local:2` cluster gives the same per-question scores as `-j 2` for the same submissions;
a Dask worker killed while it grades costs nothing (Dask grades that submission again
elsewhere); when every attempt dies the submission is a grader fault that the next run
grades; each worker builds its grading context once; without --scheduler nothing of Dask
is imported.
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time
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


def kill_a_worker_while_it_grades(client, killed):
    """SIGKILL the process of the first Dask worker seen grading a submission."""

    def grading(dask_worker):
        return any(str(task.key).startswith("grade_remote")
                   for task in dask_worker.state.executing)

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not killed:
        for address, busy in client.run(grading).items():
            if busy:
                pid = client.run(os.getpid, workers=[address])[address]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                return
        time.sleep(0.1)


def grade_while_killing(submissions, dask_cluster, outdir):
    cluster, client = dask_cluster
    killed = []
    killer = threading.Thread(target=kill_a_worker_while_it_grades, args=(client, killed))
    killer.start()
    rows = grade_batch(submissions, BatchOptions("hw1_gradients", outdir, progress=False,
                                                 scheduler=cluster.scheduler_address))
    killer.join()
    assert killed, "no worker was seen grading"
    client.wait_for_workers(2, timeout=120)  # the nanny restarts the killed worker
    return rows


def test_a_worker_killed_mid_batch_costs_nothing(submissions, pool_scores, dask_cluster,
                                                 tmp_path):
    rows = grade_while_killing(submissions, dask_cluster, tmp_path / "out")
    assert all(result["status"] == "graded" for _, result in rows), rows
    assert per_question(rows) == pool_scores
    assert per_question(results_in(tmp_path / "out").items()) == pool_scores
    # each worker process built its grading context (and loaded its data) at most once
    built = dask_cluster[1].run(grading_cluster.contexts_built)
    assert set(built.values()) <= {0, 1}, built


def test_a_submission_whose_workers_all_die_is_a_grader_fault(submissions, pool_scores,
                                                              dask_cluster, tmp_path):
    cluster, _ = dask_cluster
    outdir = tmp_path / "out"
    allowed = cluster.scheduler.allowed_failures
    cluster.scheduler.allowed_failures = 0  # the first death is the last
    try:
        rows = dict(grade_while_killing(submissions, dask_cluster, outdir))
    finally:
        cluster.scheduler.allowed_failures = allowed
    # the submission being graded, and any queued on the same worker, are not scored
    faults = [name for name, result in rows.items() if result["status"] == "error"]
    assert faults, rows
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


def test_without_scheduler_nothing_of_dask_is_imported(submissions, tmp_path):
    program = (
        "import sys\n"
        "from autograder.cli import app\n"
        "try:\n"
        f"    app(['grade', 'hw1_gradients', {submissions[0]!r}, '-o', {str(tmp_path)!r},"
        " '--no-progress'])\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in "
        "('dask', 'distributed')))\n")
    completed = subprocess.run([sys.executable, "-c", program], capture_output=True,
                               text=True, cwd=REPO, timeout=300,
                               env={**os.environ, "PYTHONPATH": str(REPO)})
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip().splitlines()[-1] == "[]"
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
    program = (
        "import sys\n"
        "sys.modules['distributed'] = None  # as if the cluster extra were not installed\n"
        "from autograder.cli import app\n"
        "try:\n"
        f"    app(['grade', 'hw1_gradients', {submissions[0]!r}, '-o', {str(tmp_path)!r},"
        " '--scheduler', 'local:1'])\n"
        "except SystemExit as exit:\n"
        "    print('exit', exit.code)\n")
    completed = subprocess.run([sys.executable, "-c", program], capture_output=True,
                               text=True, cwd=REPO, timeout=300,
                               env={**os.environ, "PYTHONPATH": str(REPO)})
    assert completed.stdout.strip().splitlines()[-1] == "exit 2", completed.stderr
    assert "[cluster]" in completed.stderr and not any(tmp_path.iterdir())
