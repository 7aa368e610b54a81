"""`nngrader build`: a chain of small named steps from each single source to notebooks.

The chains and their ordering constraints are in `pipeline.py`; each step is one file.
"""
from pathlib import Path

from .datasets import link_all_datasets
from .nbgrader_course import write_nbgrader_course
from .otter_zip import write_otter_zips
from .pipeline import assignment_ids, build_all, build_assignment, render

__all__ = ["assignment_ids", "build_all", "build_assignment", "main", "render"]


def main(root: Path) -> list[Path]:
    """Build everything from the sources under `root`; return the written paths (cli.py
    prints them).

    Notebooks first: the nbgrader course reads the declarations the notebooks follow, and
    the otter zips ship the hw2 / hw4 data of the data folder (the kit's data/, or
    $NNGRADER_DATA). Beside the notebooks, datasets/ links to the kit's data/.
    """
    root = Path(root)
    paths = build_all(root)
    paths += link_all_datasets(root)
    paths += write_otter_zips(root)
    paths.append(write_nbgrader_course(root) / "nbgrader_config.py")
    return paths
