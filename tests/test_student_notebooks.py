"""The notebooks a student gets run with numpy, matplotlib and Jupyter alone.

Each runs in a kernel that can import nothing else (student_env.py: no otter-grader, no
h5py, no kit), from a copy of its assignment folder as a student receives it (links
followed, as `zip -r` does), and reads its data from datasets/ beside it.
"""
import asyncio
import shutil
import sys
from pathlib import Path

import nbclient
import nbformat
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from student_env import KERNEL_NAME, make_student_kernel  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ASSIGNMENTS = sorted(p.name for p in (ROOT / "assignments").iterdir() if p.is_dir())
TIMEOUT = 300  # seconds per cell; the slowest (hw2's training) takes a few


@pytest.fixture(scope="module")
def student_kernel(tmp_path_factory):
    jupyter_path = make_student_kernel(tmp_path_factory.mktemp("student-env"))
    patch = pytest.MonkeyPatch()
    patch.setenv("JUPYTER_PATH", str(jupyter_path))
    patch.delenv("NNGRADER_DATA", raising=False)  # a student never sets it
    patch.setenv("OPENBLAS_NUM_THREADS", "1")
    yield
    patch.undo()


def handed_out(kind, assignment_id, folder, name=None):
    """Copy <kind>/<id>/ to `folder` (links followed); return (notebook, its path)."""
    shutil.copytree(ROOT / kind / assignment_id, folder, symlinks=False)
    path = folder / f"{assignment_id}.ipynb"
    if name is not None:
        path = path.rename(folder / name)
    return nbformat.read(path, as_version=4), path


async def _run(nb, path):
    client = nbclient.NotebookClient(nb, timeout=TIMEOUT, kernel_name=KERNEL_NAME,
                                     allow_errors=True,
                                     resources={"metadata": {"path": str(path.parent)}})
    await client.async_execute()
    return nb


KERNELS_AT_ONCE = 4  # twelve kernels started at once once hung jupyter_client under load


def run_all(jobs):
    async def gather():
        slots = asyncio.Semaphore(KERNELS_AT_ONCE)

        async def run(nb, path):
            async with slots:
                return await _run(nb, path)
        return await asyncio.gather(*(run(nb, path) for nb, path in jobs))
    return asyncio.run(gather())


def errors(nb):
    """(role, ename, evalue, traceback) of every cell that raised."""
    return [(cell.metadata.get("nngrader", {}).get("role"), out.ename, out.evalue,
             out.traceback)
            for cell in nb.cells if cell.cell_type == "code"
            for out in cell.outputs if out.output_type == "error"]


@pytest.fixture(scope="module")
def executed(student_kernel, tmp_path_factory):
    """Every student notebook and every solved notebook, run in the student kernel."""
    jobs, keys = [], []
    for kind in ("assignments", "solutions"):
        for assignment_id in ASSIGNMENTS:
            jobs.append(handed_out(kind, assignment_id,
                                   tmp_path_factory.mktemp(kind) / assignment_id))
            keys.append((kind, assignment_id))
    return dict(zip(keys, run_all(jobs)))


@pytest.mark.parametrize("assignment_id", ASSIGNMENTS)
def test_solved_notebook_runs_without_an_error(executed, assignment_id):
    assert errors(executed["solutions", assignment_id]) == []


@pytest.mark.parametrize("assignment_id", ASSIGNMENTS)
def test_student_notebook_fails_only_where_code_is_missing(executed, assignment_id):
    found = errors(executed["assignments", assignment_id])
    assert found, "the stubs should make the checks fail"
    assert not [e for e in found if e[1] in ("ModuleNotFoundError", "ImportError",
                                             "FileNotFoundError", "OSError")], found
    # given code, the set-up cell and the data cells run; check cells fail on the stubs
    assert not [e for e in found if e[0] in ("setup", "given")], found
    checks = [e for e in found if e[0] == "check"]
    assert checks and all(e[1] == "NotImplementedError" for e in checks), checks


def test_a_failed_check_prints_one_sentence_in_a_renamed_notebook(student_kernel, tmp_path):
    # a renamed copy beside another notebook, as students keep them
    nb, path = handed_out("solutions", "hw1_gradients", tmp_path / "work",
                          name="my_hw1-Copy1.ipynb")
    shutil.copy(ROOT / "assignments" / "hw3_neuron" / "hw3_neuron.ipynb", tmp_path / "work")
    for cell in nb.cells:
        if cell.metadata.get("nngrader", {}).get("names") == ["softmax"]:
            cell.source = ("def softmax(x):\n    e = np.exp(x)\n"
                           "    return e / np.sum(e, axis=-1, keepdims=True)")
    [nb] = run_all([(nb, path)])
    found = errors(nb)
    assert [(role, ename) for role, ename, _, _ in found] == [("check", "AssertionError")]
    traceback = found[0][3]
    assert len(traceback) == 1 and traceback[0].startswith("Check failed: "), traceback
    assert "maximum" in traceback[0] and "^^^" not in traceback[0], traceback


def test_missing_and_damaged_data_are_named(student_kernel, tmp_path):
    missing, missing_path = handed_out("assignments", "hw4_logistic_regression",
                                       tmp_path / "missing")
    shutil.rmtree(missing_path.parent / "datasets")
    damaged, damaged_path = handed_out("assignments", "hw4_logistic_regression",
                                       tmp_path / "damaged")
    npz = damaged_path.parent / "datasets" / "catvnoncat" / "catvnoncat.npz"
    npz.write_bytes(npz.read_bytes()[:100_000])
    missing, damaged = run_all([(missing, missing_path), (damaged, damaged_path)])
    first = errors(missing)[0]
    assert first[1] == "FileNotFoundError", first
    assert "catvnoncat.npz is missing" in first[2] and "datasets" in first[2], first
    first = errors(damaged)[0]
    assert first[1] == "ValueError" and "catvnoncat.npz is damaged" in first[2], first
