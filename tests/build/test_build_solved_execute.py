"""Every solved notebook runs top to bottom on the real data (all kernels in parallel)."""
import asyncio
import os
import tempfile
import time
from pathlib import Path

import nbclient
import pytest

from build_facts import ASSIGNMENTS, notebook

TIMEOUT = 120  # seconds per cell; each notebook is meant to run in under ~30 s


async def _execute(assignment_id):
    nb = notebook("solutions", assignment_id)
    # Each notebook runs in a folder of its own, as a student's would: otter's
    # grader.check then reads the public tests from the notebook's metadata (not from the
    # kit's tests/ folder) and writes its log there, not into the repository.
    folder = Path(tempfile.mkdtemp(prefix=f"{assignment_id}-"))
    (folder / f"{assignment_id}.ipynb").write_bytes(
        (Path(__file__).resolve().parents[2] / "solutions" / assignment_id /
         f"{assignment_id}.ipynb").read_bytes())
    start = time.perf_counter()
    try:
        await nbclient.NotebookClient(nb, timeout=TIMEOUT, kernel_name="python3",
                                      resources={"metadata": {"path": str(folder)}}
                                      ).async_execute()
    except Exception as error:  # noqa: BLE001 - reported per notebook below
        return error, time.perf_counter() - start
    return None, time.perf_counter() - start


@pytest.fixture(scope="module")
def executed():
    if not os.environ.get("NNGRADER_DATA"):
        pytest.fail("NNGRADER_DATA is not set: point it at the course data folder "
                    "(e.g. NNGRADER_DATA=/work/shared/datasets) to run the solved notebooks")

    # Six kernels share the machine: one BLAS thread each (multi-threaded OpenBLAS on small
    # matrices can be many times slower than one thread when the cores are busy).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

    async def run_all():
        return await asyncio.gather(*(_execute(a) for a in ASSIGNMENTS))

    return dict(zip(ASSIGNMENTS, asyncio.run(run_all())))


def test_solved_notebook_executes(executed, assignment_id):
    error, seconds = executed[assignment_id]
    assert error is None, f"{assignment_id} failed after {seconds:.1f} s:\n{error}"
    print(f"{assignment_id}: {seconds:.1f} s")
