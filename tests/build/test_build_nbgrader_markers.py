"""nbgrader's own ClearSolutions turns the nbgrader source into exactly our student notebook."""
from pathlib import Path

import nbformat
from nbgrader import preprocessors  # a dev dependency: never skipped

from autograder.build import render

from build_facts import ROOT


def test_clear_solutions_gives_the_student_notebook(assignment_id):
    rendered = render(assignment_id, Path(ROOT))
    source = nbformat.reads(rendered["nbgrader"].decode(), as_version=4)
    student = nbformat.reads(rendered["student"].decode(), as_version=4)
    # enforce_metadata=False until the nbgrader cell metadata hook is written
    cleared, _ = preprocessors.ClearSolutions(enforce_metadata=False).preprocess(
        source, {"language": "python"})
    assert [c.source for c in cleared.cells] == [c.source for c in student.cells]
