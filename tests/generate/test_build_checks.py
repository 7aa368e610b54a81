"""Every public check passes on the solved notebook and fails on the student's stub."""
import numpy as np
import pytest

from build_facts import code_cells, notebook

STUB_FAILURES = (AssertionError, NotImplementedError)


def definitions(nb) -> dict:
    """Globals after running the notebook's given and solution cells (no data, no plots)."""
    namespace = {"np": np}
    for cell in code_cells(nb):
        if cell.metadata.get("nngrader", {}).get("role") in ("given", "solution"):
            exec(compile(cell.source, f"<{cell.id}>", "exec"), namespace)
    return namespace


def checks_with_their_solution(nb):
    """(check cell, the solution cell right before it) pairs."""
    cells = code_cells(nb)
    pairs = []
    for before, cell in zip(cells, cells[1:]):
        if cell.metadata.get("nngrader", {}).get("role") == "check":
            assert before.metadata.get("nngrader", {}).get("role") == "solution", (
                f"check {cell.metadata['nngrader']['question']} must follow its solution cell")
            pairs.append((cell, before))
    return pairs


def run(source: str, namespace: dict):
    exec(compile(source, "<check>", "exec"), dict(namespace))


def test_checks_pass_on_the_solved_notebook(assignment_id):
    nb = notebook("solutions", assignment_id)
    solved = definitions(nb)
    for check, _ in checks_with_their_solution(nb):
        run(check.source, solved)


def test_each_check_fails_on_its_own_stub(assignment_id):
    solved = definitions(notebook("solutions", assignment_id))
    student = notebook("assignments", assignment_id)
    for check, solution in checks_with_their_solution(student):
        namespace = dict(solved)
        exec(compile(solution.source, "<stub>", "exec"), namespace)
        question = check.metadata["nngrader"]["question"]
        with pytest.raises(STUB_FAILURES):
            run(check.source, namespace)
            pytest.fail(f"{assignment_id}: check {question} passes on the stub")
