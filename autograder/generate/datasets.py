"""Step (whole build): the data a notebook reads, beside it, as datasets/<folder>/.

hw2 reads datasets/mnist/ and hw4 datasets/catvnoncat/ (`Assignment.data`), relative to
the notebook, as in the original courses: no student sets an environment variable. Each is
a relative symlink to the kit's single copy in data/, so the repository holds the files
once; `zip -r` and `cp -rL` of an assignment folder carry the real files (docs/INSTRUCTORS.md).
"""
import os
from pathlib import Path

from ..questions import ASSIGNMENT_IDS, load_assignment

FOLDER = "datasets"


def link_datasets(assignment_id: str, notebook_folder: Path, root: Path) -> list[Path]:
    """Make notebook_folder/datasets/<folder> a relative link to root/data/<folder>."""
    name = load_assignment(assignment_id).data
    if name is None:
        return []
    link = Path(notebook_folder) / FOLDER / name
    target = Path(os.path.relpath(Path(root) / "data" / name, link.parent))
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.is_symlink() and Path(os.readlink(link)) == target:
        return [link]
    if link.is_symlink() or link.is_file():
        link.unlink()
    elif link.exists():  # a real folder (an instructor's own copy): leave it alone
        return [link]
    link.symlink_to(target, target_is_directory=True)
    return [link]


def link_all_datasets(root: Path, out: Path | None = None) -> list[Path]:
    """datasets/ links beside the solved and the student notebooks of every assignment."""
    root = Path(root)
    out = root if out is None else Path(out)
    return [path for assignment_id in ASSIGNMENT_IDS
            for kind in ("solutions", "assignments")
            for path in link_datasets(assignment_id, out / kind / assignment_id, root)]
