"""Facts shared by the build tests: where the kit is, the contract's names, the notebooks."""
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # so `autograder` imports without installing the kit
    sys.path.insert(0, str(ROOT))

from autograder.generate import directives  # noqa: E402
from autograder.questions import ASSIGNMENT_IDS, load_assignment  # noqa: E402

# Each question -> the top-level name a student defines for it, as the questions declare it.
QUESTIONS = {assignment_id: {question.name: question.defined_name
                             for question in load_assignment(assignment_id).questions}
             for assignment_id in ASSIGNMENT_IDS}
ASSIGNMENTS = sorted(QUESTIONS)
# reference modules holding each assignment's solutions, as the assignments declare them
MODULES = {assignment_id: load_assignment(assignment_id).reference_modules
           for assignment_id in ASSIGNMENT_IDS}


def _given_methods():
    """Class -> the methods its solution directive hands to the student whole (`given=`)."""
    given = {}
    for assignment_id in ASSIGNMENT_IDS:
        source = (ROOT / "solutions" / assignment_id / "source.py").read_text()
        for line in source.splitlines():
            directive = directives.parse(line) if line.startswith(directives.PREFIX) else None
            if directive is not None and "given" in directive.options:
                for target in directive.targets:
                    given[target.rsplit(".", 1)[1]] = set(directive.options["given"])
    return given


# methods handed to the student whole (each notebook's markdown says so)
GIVEN_METHODS = _given_methods()


def notebook(kind: str, assignment_id: str) -> nbformat.NotebookNode:
    """kind: "solutions" or "assignments"."""
    return nbformat.read(ROOT / kind / assignment_id / f"{assignment_id}.ipynb", as_version=4)


def code_cells(nb, role=None):
    return [c for c in nb.cells if c.cell_type == "code"
            and (role is None or c.metadata.get("nngrader", {}).get("role") == role)]
