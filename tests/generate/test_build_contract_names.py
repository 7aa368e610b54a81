"""Every contract name of an assignment is defined at top level in both notebooks."""
import ast

import pytest

from build_facts import QUESTIONS, code_cells, notebook


def top_level_names(nb) -> set[str]:
    names = set()
    for cell in code_cells(nb):
        for node in ast.parse(cell.source).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.add(node.name)
    return names


@pytest.mark.parametrize("kind", ["solutions", "assignments"])
def test_contract_names_are_defined(assignment_id, kind):
    missing = set(QUESTIONS[assignment_id].values()) - top_level_names(
        notebook(kind, assignment_id))
    assert not missing, f"{kind}/{assignment_id}: no top-level definition of {sorted(missing)}"


def test_one_check_cell_per_question(assignment_id):
    for kind in ("solutions", "assignments"):
        checked = [c.metadata["nngrader"]["question"]
                   for c in code_cells(notebook(kind, assignment_id), "check")]
        assert sorted(checked) == sorted(QUESTIONS[assignment_id]), checked
