"""`nngrader build`: a chain of small named steps from each single source to notebooks.

The chains and their ordering constraints are in `pipeline.py`; each step is one file.
"""
from pathlib import Path

from .pipeline import assignment_ids, build_all, build_assignment, render

__all__ = ["assignment_ids", "build_all", "build_assignment", "main", "render"]


def main(root: Path) -> list[Path]:
    """Build every assignment found under `root`; print and return the written paths."""
    paths = build_all(Path(root))
    for path in paths:
        print(path.relative_to(root))
    return paths
