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
from autograder.preflight import use_bubblewrap
from autograder.cases import case_outcome, case_points
from autograder.i18n import declared, tr
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


def solution_cells(edits, notebook=f"{ASSIGNMENT}.ipynb", roles=("given", "solution")):
    nb = nbformat.read(ROOT / "solutions" / ASSIGNMENT / notebook, as_version=4)
    sources = [cell.source for cell in nb.cells if cell.cell_type == "code"
               and cell.metadata.get("nngrader", {}).get("role") in roles]
    for old, new in edits:
        assert sum(old in source for source in sources) == 1, old
        sources = [source.replace(old, new) for source in sources]
    return ["import numpy as np", *sources]


def kernel_namespace(cells, allow_errors=False):
    """The cells run as a fresh kernel runs them: compiled under their own names, their
    lines kept in linecache (as IPython does), so exception texts can quote a cell. With
    `allow_errors`, a cell that raises is followed by the next (nbgrader's autograde)."""
    for name in [name for name in linecache.cache if name.startswith("<cell ")]:
        del linecache.cache[name]  # another test's kernel
    namespace = {"__name__": "__main__"}
    for index, source in enumerate(cells, start=1):
        name = f"<cell {index}>"
        linecache.cache[name] = (len(source), None, source.splitlines(True), name)
        try:
            exec(compile(source, name, "exec"), namespace)
        except Exception:
            if not allow_errors:
                raise
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
        points = case_points(question)
        assert sum(points) == pytest.approx(question.points)
        weights = [case.weight for case in question.cases]
        assert np.allclose(np.array(points) / question.points, np.array(weights) / sum(weights))


def test_a_hanging_call_fails_at_the_case_budget():
    assignment = load_assignment(ASSIGNMENT)
    question = assignment.question("numerical_diff")
    case = dataclasses.replace(question.cases[0], timeout=0.3)
    namespace = kernel_namespace(["def numerical_diff(f, x):\n    while True:\n        pass"])
    problem = case_outcome(assignment, question, case, np.random.default_rng(0),
                           in_kernel.kernel_call(namespace), in_kernel.shared_array).problem
    assert problem == "the call did not finish within 0.3 s (an infinite loop, or far too slow)"


@pytest.mark.parametrize("history", [True, False], ids=["IPython history", "linecache"])
def test_the_chinese_notebook_gets_its_named_mistake_in_chinese(history):
    """otter's and nbgrader's hidden tests run in the kernel of the notebook the student
    filled: from the Chinese one, the feedback is Chinese, as `nngrader grade --lang auto`
    gives it. The kernel knows the notebook by the code it ran (its comments and check
    messages): IPython's input history (`_ih`), else the cells linecache keeps."""
    cells = solution_cells(EDITS["gradient_precedence"], f"{ASSIGNMENT}.zh.ipynb",
                           roles=("setup", "given", "solution", "check"))
    namespace = kernel_namespace(cells, allow_errors=True)  # the gradient's check fails
    if history:
        namespace["_ih"] = ["", *cells]
    question = load_assignment(ASSIGNMENT).question("numerical_gradient")
    mistake = next(mistake for mistake in question.mistakes
                   if mistake.name.startswith("operator precedence"))
    with pytest.raises(AssertionError) as failed:
        in_kernel.check_case(ASSIGNMENT, "numerical_gradient", 0, namespace)
    feedback = str(failed.value)
    failed_case_1 = tr("FAILED  {case}: {problem}", "zh", problem="",
                       case=tr("public case {number}", "zh", number=1)).rstrip("：:")
    assert feedback.startswith(f"numerical_gradient: {failed_case_1}"), feedback
    for chinese in (tr("This looks like", "zh"), declared(mistake.name, "zh"),
                    declared(mistake.advice, "zh").rstrip("。")):
        assert chinese in feedback, (chinese, feedback)
    assert declared(mistake.name, "zh") != mistake.name


@pytest.mark.parametrize("history", [True, False], ids=["IPython history", "linecache"])
def test_the_english_notebook_keeps_english_feedback(history):
    cells = solution_cells(EDITS["gradient_precedence"],
                           roles=("setup", "given", "solution", "check"))
    namespace = kernel_namespace(cells, allow_errors=True)
    if history:
        namespace["_ih"] = ["", *cells]
    with pytest.raises(AssertionError, match="This looks like a known mistake, operator "
                                             "precedence"):
        in_kernel.check_case(ASSIGNMENT, "numerical_gradient", 0, namespace)
