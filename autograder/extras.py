"""Optional parts of the kit, installed as pip extras, and the message when one is missing.

    otter     otter-grader: `nngrader build` writes dist/<id>/autograder.zip with it
    nbgrader  nbgrader: `nngrader verify --nbgrader-db` reads nbgrader's gradebook with it
    cluster   Dask distributed: `nngrader grade --scheduler` grades on a Dask cluster with it
`pip install -e ".[dev]"` installs them all (and the test tools).
"""
import importlib


class MissingExtra(ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


def require(module: str, extra: str, purpose: str):
    """Import `module`, or raise MissingExtra naming the pip extra that provides it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtra(
            f"{purpose} needs the '{extra}' extra ({module} is not installed): "
            f'pip install -e ".[{extra}]" in the kit\'s folder') from error
