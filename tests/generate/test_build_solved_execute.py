"""Every solved notebook runs top to bottom on the real data (all kernels in parallel)."""
import asyncio
import os
import shutil
import tempfile
import time
from pathlib import Path

import nbclient
import pytest

from build_facts import ASSIGNMENTS, notebook

TIMEOUT = 120  # seconds per cell; each notebook is meant to run in under ~30 s


async def _execute(assignment_id):
    nb = notebook("solutions", assignment_id)
    # Each notebook runs in a copy of its folder, as a student's would (datasets/ beside it,
    # links followed), so nothing it writes lands in the repository.
    folder = Path(tempfile.mkdtemp(prefix=f"{assignment_id}-")) / assignment_id
    shutil.copytree(Path(__file__).resolve().parents[2] / "solutions" / assignment_id, folder)
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
    # Six kernels share the machine: one BLAS thread each (multi-threaded OpenBLAS on small
    # matrices can be many times slower than one thread when the cores are busy).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

    async def run_all():
        return await asyncio.gather(*(_execute(a) for a in ASSIGNMENTS))

    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("NNGRADER_DATA", raising=False)  # the notebooks read datasets/ beside them
        return dict(zip(ASSIGNMENTS, asyncio.run(run_all())))


def test_solved_notebook_executes(executed, assignment_id):
    error, seconds = executed[assignment_id]
    assert error is None, f"{assignment_id} failed after {seconds:.1f} s:\n{error}"
    print(f"{assignment_id}: {seconds:.1f} s")
