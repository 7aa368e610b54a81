"""nbgrader's own ClearSolutions turns the nbgrader source into our student notebook.

The two differ only by the nbgrader notebook's hidden test cells.
"""
from pathlib import Path

import nbformat
from nbgrader import preprocessors  # a dev dependency: never skipped

from autograder.generate import render

from build_facts import ROOT


def _role(cell):
    return cell.metadata.get("nngrader", {}).get("role")


def test_clear_solutions_gives_the_student_notebook(assignment_id):
    rendered = render(assignment_id, Path(ROOT))
    source = nbformat.reads(rendered["nbgrader"].decode(), as_version=4)
    student = nbformat.reads(rendered["student"].decode(), as_version=4)
    cleared, _ = preprocessors.ClearSolutions().preprocess(source, {"language": "python"})
    tests = [cell for cell in cleared.cells if _role(cell) == "test"]
    assert tests and all("BEGIN HIDDEN TESTS" in cell.source for cell in tests)
    kept = [cell.source for cell in cleared.cells
            if _role(cell) != "test" and cell.id != "nngrader-tests"]
    assert kept == [cell.source for cell in student.cells]
