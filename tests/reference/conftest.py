"""Shared fixtures of the reference tests."""
import os

import pytest


@pytest.fixture(scope="session")
def data_folder():
    """The course data folder from $NNGRADER_DATA; the tests fail (never skip) without it."""
    folder = os.environ.get("NNGRADER_DATA")
    if not folder:
        pytest.fail("NNGRADER_DATA is not set. Run the tests with NNGRADER_DATA set to the "
                    "folder holding catvnoncat/ and mnist/ (e.g. /work/shared/datasets).")
    return folder


@pytest.fixture(autouse=True, scope="session")
def one_blas_thread():
    """Run BLAS on one thread: on a busy 2-CPU machine OpenBLAS's spinning threads
    turned a 0.6 s MNIST training into 11 s."""
    from threadpoolctl import threadpool_limits  # installed with scikit-learn (mlxtend)

    with threadpool_limits(limits=1):
        yield
