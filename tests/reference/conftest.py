"""Shared fixtures of the reference tests."""

import pytest


@pytest.fixture(scope="session")
def data_folder():
    """The data folder (the kit's data/, or $NNGRADER_DATA); the tests fail (never skip)
    without it."""
    from autograder import data

    folder = data.data_dir()
    if folder is None:
        pytest.fail(f"no data folder: {data.how_to_fix('en')}")
    return str(folder)


@pytest.fixture(autouse=True, scope="session")
def one_blas_thread():
    """Run BLAS on one thread: on a busy 2-CPU machine OpenBLAS's spinning threads
    turned a 0.6 s MNIST training into 11 s."""
    from threadpoolctl import threadpool_limits  # a core dependency

    with threadpool_limits(limits=1):
        yield
