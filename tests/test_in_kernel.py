"""in_kernel.py gives nngrader grade's verdicts, case by case, on the notebook's own globals.

A submission is run twice: as a script through `grade_submission` (sandboxed worker), and
exec'd into a plain dict graded by `in_kernel` with the same seed. Scores and every
feedback line must be the same, including dependencies served by the reference and
known mistakes named. Cells are compiled under the worker's names (`<cell N>`), so even
the exception texts match.
"""
import dataclasses
import linecache
import shutil
import tempfile
from pathlib import Path

import nbformat
import numpy as np
import pytest

from autograder import in_kernel
from autograder.batch import use_bubblewrap
from autograder.grade import GradingContext, grade_submission
from autograder.questions import load_assignment

ROOT = Path(__file__).resolve().parent.parent
ASSIGNMENT = "hw1_gradients"
SEED = in_kernel.seed_for(ASSIGNMENT)
EDITS = {
    "perfect": [],
    "softmax_no_shift": [("shifted = x - np.max(x, axis=-1, keepdims=True)", "shifted = x")],
    "gradient_precedence": [("grad[idx] = (f_plus - f_minus) / (2 * h)",
                             "grad[idx] = (f_plus - f_minus) / 2 * h")],
    "loss_raises_and_prints": [("return cross_entropy_error(softmax(self.predict(x)), t)",
                                "print('debug', x)\n        return undefined_name")],
    "returns_a_string": [("return exp_x / np.sum(exp_x, axis=-1, keepdims=True)",
                          "return 'probabilities'")],
}


def solution_cells(edits):
    nb = nbformat.read(ROOT / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    sources = [cell.source for cell in nb.cells if cell.cell_type == "code"
               and cell.metadata.get("nngrader", {}).get("role") in ("given", "solution")]
    for old, new in edits:
        assert sum(old in source for source in sources) == 1, old
        sources = [source.replace(old, new) for source in sources]
    return ["import numpy as np", *sources]


def kernel_namespace(cells):
    """The cells run as a kernel runs them: compiled under their own names, their lines kept
    in linecache (as IPython does), so exception texts can quote a cell."""
    namespace = {"__name__": "__main__"}
    for index, source in enumerate(cells, start=1):
        name = f"<cell {index}>"
        linecache.cache[name] = (len(source), None, source.splitlines(True), name)
        exec(compile(source, name, "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def engine_results():
    """name -> grade_submission's result, one sandboxed batch for all the submissions."""
    folder = Path(tempfile.mkdtemp(prefix="nngrader-in-kernel-"))
    try:
        context = GradingContext(load_assignment(ASSIGNMENT), folder, None,
                                 use_bubblewrap("auto"))
        results = {}
        for name, edits in EDITS.items():
            script = folder / f"{name}.py"
            script.write_text("\n\n# %%\n".join(["# %%", *solution_cells(edits)]))
            results[name] = grade_submission(script, context, seed=SEED)
        return results
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("name", sorted(EDITS))
def test_in_kernel_verdicts_are_the_engines(name, engine_results):
    namespace = kernel_namespace(solution_cells(EDITS[name]))
    for test in engine_results[name]["tests"]:
        results = in_kernel.evaluate_question(ASSIGNMENT, test["name"], namespace)
        score = round(sum(result.points for result in results if result.passed), 4)
        assert score == pytest.approx(test["score"], abs=1e-9), test["output"]
        assert [result.message for result in results] == test["output"].splitlines()[1:]


def test_a_copied_namespace_still_gets_the_reference_dependencies():
    """doctest (otter) hands the tests a copy of the notebook's globals."""
    namespace = kernel_namespace(solution_cells(EDITS["gradient_precedence"]))
    broken = namespace["numerical_gradient"]
    results = in_kernel.evaluate_question(ASSIGNMENT, "gradient_descent", dict(namespace))
    assert all(result.passed for result in results), [r.message for r in results]
    assert namespace["numerical_gradient"] is broken, "the notebook's own name was not restored"
    with pytest.raises(AssertionError, match="numerical_gradient: FAILED  hidden case 2"):
        in_kernel.check_case(ASSIGNMENT, "numerical_gradient", 1, dict(namespace))


def test_case_points_share_the_question_points_by_weight():
    for question in load_assignment(ASSIGNMENT).questions:
        points = in_kernel.case_points(question)
        assert sum(points) == pytest.approx(question.points)
        weights = [case.weight for case in question.cases]
        assert np.allclose(np.array(points) / question.points, np.array(weights) / sum(weights))


def test_a_hanging_call_fails_at_the_case_budget():
    assignment = load_assignment(ASSIGNMENT)
    question = assignment.question("numerical_diff")
    case = dataclasses.replace(question.cases[0], timeout=0.3)
    namespace = kernel_namespace(["def numerical_diff(f, x):\n    while True:\n        pass"])
    problem = in_kernel._judge(in_kernel._Trusted(assignment), question, case,
                               np.random.default_rng(0), namespace)
    assert problem == "the call did not finish within 0.3 s (an infinite loop, or far too slow)"
