"""`nngrader build` for the notebooks: the source read once, then one chain per variant.

Each language (`languages.py`: English, and Chinese beside it) gets the three variants.

Ordering constraints:
  - assign_cell_ids runs on the source, before any variant changes a cell, so the three
    notebooks share ids (and before add_header, whose extra cell would shift indices), and
    before select_language, so a code cell has the same id in both languages.
  - expand_directives comes before add_nbgrader_grading, which reads the role metadata;
    add_nbgrader_grading comes after add_header, so the header cell is locked too.
  - add_check_messages comes after add_header and, for nbgrader, before
    add_nbgrader_grading (which locks its cell like any other given code).
  - normalize_metadata drops unknown metadata: it comes last.
  - add_header, clear_outputs: anywhere after the source steps.
"""
import copy
from pathlib import Path

from .cell_ids import assign_cell_ids
from .check_messages import add_check_messages
from .clear_outputs import clear_outputs
from .context import VARIANTS, Context
from .expand import expand_directives
from .header import add_header
from .languages import LANGUAGES
from .nbgrader_cells import add_nbgrader_grading
from .normalize import normalize_metadata
from .read_source import read_source
from .select_language import select_language
from .write import to_bytes, write_atomic

SOURCE_STEPS = [assign_cell_ids, select_language]
VARIANT_STEPS = {
    "solved": [expand_directives, add_header, add_check_messages, clear_outputs,
               normalize_metadata],
    "student": [expand_directives, add_header, add_check_messages, clear_outputs,
                normalize_metadata],
    "nbgrader": [expand_directives, add_header, add_check_messages, clear_outputs,
                 add_nbgrader_grading, normalize_metadata],
}
assert VARIANT_STEPS.keys() == VARIANTS.keys()


def render(assignment_id: str, root: Path, lang: str = "en") -> dict[str, bytes]:
    """variant -> the bytes of its notebook in `lang`."""
    root = Path(root)
    source_ctx = Context(assignment_id, root, "solved", lang)
    nb = read_source(source_ctx)
    for step in SOURCE_STEPS:
        nb = step(nb, source_ctx)
    rendered = {}
    for variant, steps in VARIANT_STEPS.items():
        ctx, variant_nb = Context(assignment_id, root, variant, lang), copy.deepcopy(nb)
        for step in steps:
            variant_nb = step(variant_nb, ctx)
        rendered[variant] = to_bytes(variant_nb)
    return rendered


def build_assignment(assignment_id: str, root: Path, out: Path | None = None) -> list[Path]:
    """Write the three notebooks of one assignment, in each language, under `out`."""
    root = Path(root)
    out = root if out is None else Path(out)
    paths = []
    for lang in LANGUAGES:
        for variant, data in render(assignment_id, root, lang).items():
            path = Context(assignment_id, root, variant, lang).output_path(out)
            write_atomic(path, data)
            paths.append(path)
    return paths


def assignment_ids(root: Path) -> list[str]:
    return sorted(p.parent.name for p in Path(root).glob("solutions/*/source.py"))


def build_all(root: Path, out: Path | None = None) -> list[Path]:
    return [path for assignment_id in assignment_ids(root)
            for path in build_assignment(assignment_id, root, out)]
