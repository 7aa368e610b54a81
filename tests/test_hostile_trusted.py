"""Hostile submissions against the trusted side's own work, for the assignments other than
hw1 (whose attacks are in tests/hostile/ and graded by tests/test_hostile.py).

tests/hostile/trusted/<assignment prefix>_*.py each hold one attack (docstring: what it
tries, what must happen), appended to the reference's solution as for the corpora. Each
assignment's files are graded in one batch (only the questions the attacks touch), with
the real engine and bubblewrap, in a child process whose peak memory, and that of every
process it started, must stay under PEAK_MB. A grader that computed what these requests
ask for reaches several gigabytes.

Also here: unit tests of the pieces (budget.py, evaluations.py, derive under a deadline,
hw4's accuracy from w and b) that need no sandbox.
"""
import dataclasses
import importlib
import multiprocessing
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from autograder.batch import BatchOptions, grade_batch  # noqa: E402
from autograder.budget import Budget, OverBudget, combined_size  # noqa: E402
from autograder.evaluations import Evaluations  # noqa: E402
from autograder.grade import oracle_server  # noqa: E402
from autograder.judge import judge_case, with_derived  # noqa: E402
from autograder.questions import load_assignment  # noqa: E402
from autograder.results import read_result  # noqa: E402

from test_corpora import perfect_source  # noqa: E402

HOSTILE = Path(__file__).parent / "hostile" / "trusted"
PEAK_MB = 1500
# assignment -> (the questions graded, {file: {question: phrase its feedback must have}})
EXPECTED = {
    "hw2_two_layer_net": (["train_mnist"], {
        "hw2_network_shapes.py": {"train_mnist": "this case"}}),
    "hw3_neuron": (["neuron"], {
        "hw3_broadcast.py": {"neuron": "this case"}}),
    "hw4_logistic_regression": (["model"], {
        "hw4_oracle_shapes.py": {"model": "this case"},
        "hw4_model_labels.py": {"model": "training accuracy"}}),
    "hw6_curve_fitting": (["fit_cubic"], {
        "hw6_huge_reply.py": {"fit_cubic": "this case uses at most"}}),
}


def _trimmed(assignment_id, names):
    assignment = load_assignment(assignment_id)
    return dataclasses.replace(assignment, questions=[
        question for question in assignment.questions if question.name in names])


def _batch_in_child(assignment_id, names, paths, outdir, report):
    """Forked: grade with only `names`, then report the peak memory of this process and of
    every process it waited for (the sandboxes)."""
    module = importlib.import_module(f"autograder.questions.{assignment_id}")
    module.ASSIGNMENT = _trimmed(assignment_id, names)
    grade_batch(paths, BatchOptions(assignment_id, outdir, jobs=1, progress=False,
                                    sandbox="bubblewrap"))
    report.put(max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)


@pytest.mark.parametrize("assignment_id", sorted(EXPECTED))
def test_attacks_on_the_trusted_side_are_refused_in_bounded_memory(assignment_id, tmp_path):
    names, files = EXPECTED[assignment_id]
    base = perfect_source(assignment_id)
    paths = []
    for name in files:
        path = tmp_path / "submissions" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(base + "\n\n# %%\n" + (HOSTILE / name).read_text())
        paths.append(str(path))
    context = multiprocessing.get_context("fork")
    report = context.Queue()
    child = context.Process(target=_batch_in_child,
                            args=(assignment_id, names, paths, tmp_path / "out", report))
    child.start()
    child.join(300)
    if child.is_alive():
        child.kill()
        pytest.fail("the batch did not finish within 300 s")
    assert child.exitcode == 0, "grade_batch raised (see the captured stderr)"
    peak = report.get(timeout=5)
    assert peak <= PEAK_MB, f"a process of the batch reached {peak:.0f} MB"
    for name, zero in files.items():
        result = read_result(tmp_path / "out" / f"{Path(name).stem}.json")
        tests = {test["name"]: test for test in result["tests"]}
        for question, phrase in zero.items():
            assert tests[question]["score"] < tests[question]["max_score"], \
                tests[question]["output"]
            assert phrase in tests[question]["output"], tests[question]["output"]
            # a sentence, not the grader's internal exception
            assert "OverBudget" not in tests[question]["output"], tests[question]["output"]


def test_every_trusted_side_attack_is_in_the_table():
    listed = {name for _, files in EXPECTED.values() for name in files}
    assert {path.name for path in HOSTILE.glob("*.py")} == listed


# -- the budget -------------------------------------------------------------------------

def test_broadcasting_and_products_are_sized_before_computing():
    assert combined_size((30_000, 1), (1, 30_000)) == 900_000_000
    assert combined_size((1, 30_000), (30_000, 1)) == 900_000_000   # broadcast
    assert combined_size((12_288, 1), (12_288, 1)) == 12_288         # w and dw
    assert combined_size((100, 784), (784, 50)) == 5_000             # a batch times W1
    assert combined_size((3,), (4,)) == 0                            # cannot combine


def test_a_budget_comes_from_the_case_inputs():
    budget = Budget.for_case({"x": np.zeros((5, 2)), "t": np.zeros((5, 3)),
                              "W": np.zeros((2, 3))})
    budget.check([[np.zeros((7, 3)), np.zeros((7, 3))], {}], "arguments")  # another batch
    for bad in ([np.zeros((3, 40_000))],                          # a stray axis
                [np.zeros((2_000, 1)), np.zeros(2_000)],          # broadcasts to 4 million
                [np.zeros((2, 3, 1))],                            # more dimensions
                [10**9],                                          # a size as a number
                [[[[[[[[[[[[[[[[[[0]]]]]]]]]]]]]]]]]]):           # nesting
        with pytest.raises(OverBudget):
            budget.check(bad, "arguments")


def test_the_oracle_refuses_oversized_arguments_before_calling_the_reference():
    question = load_assignment("hw1_gradients").question("simple_net")
    calls = []
    question = dataclasses.replace(question, oracle={
        "cross_entropy_error": lambda p, y: calls.append(1) or 0.0})
    budget = Budget.for_case({"W": np.zeros((2, 3)), "x": np.zeros((5, 2)),
                              "t": np.zeros((5, 3))})
    answer = oracle_server(question, budget)
    refused = answer("cross_entropy_error", [np.ones((30_000, 1)), np.ones((1, 30_000))], {})
    assert not refused["ok"] and "matches nothing" in refused["error"]
    assert calls == []
    assert answer("cross_entropy_error", [np.ones((5, 3)), np.ones((5, 3))], {})["ok"]


# -- derive ----------------------------------------------------------------------------

def _hw6_case(label):
    question = load_assignment("hw6_curve_fitting").question("fit_cubic")
    return next(case for case in question.cases if label in case.label)


def test_derive_refuses_a_huge_shaped_reply_at_once():
    case = _hw6_case("seed's fit")
    inputs = case.inputs(np.random.default_rng(0))
    started = time.monotonic()
    got = with_derived(case, {"coefficients": np.zeros((100, 4, 1)),
                              "losses": [1.0] * inputs["epochs"]}, inputs)
    assert "at most 2" in got["derive_error"]
    assert time.monotonic() - started < case.timeout


def test_derive_is_cut_off_at_the_case_timeout():
    case = dataclasses.replace(_hw6_case("short run"), timeout=0.5,
                               derive=lambda outputs, inputs: time.sleep(30))
    inputs = case.inputs(np.random.default_rng(0))
    got = with_derived(case, {"coefficients": [0.0] * 4, "losses": [1.0]}, inputs)
    assert "did not finish within 0.5 s" in got["derive_error"]


# -- hw4: accuracy from w and b --------------------------------------------------------

HW4 = load_assignment("hw4_logistic_regression")


def test_hw4_accuracy_comes_from_w_and_b_not_from_the_returned_predictions():
    question = HW4.question("model")
    case = next(case for case in question.cases if case.derive is not None)
    inputs = {key: value.load(None) for key, value in case.inputs(None).items()}
    labels = {"Y_prediction_train": inputs["Y_train"], "Y_prediction_test": inputs["Y_test"]}
    costs = [0.5] * 20
    untrained = {**labels, "costs": costs, "w": np.zeros((inputs["X_train"].shape[0], 1)),
                 "b": 0.0}
    problem = judge_case(HW4, question, case, untrained, inputs).problem
    assert problem is not None and "training accuracy" in problem
    derived = with_derived(case, untrained, inputs)
    assert derived["train_accuracy"] == pytest.approx(np.mean(inputs["Y_train"] == 0))


# -- where f was evaluated ---------------------------------------------------------------

def test_a_numerical_gradient_evaluates_f_near_x_with_every_entry_moved():
    x = np.arange(6.0).reshape(2, 3)
    good = Evaluations(x)
    for index in np.ndindex(x.shape):
        for step in (1e-4, -1e-4):
            point = x.copy()
            point[index] += step
            good.add(point)
    assert good.problem() is None
    assert "never called" in Evaluations(x).problem()
    far = Evaluations(x)
    far.add(x + 1.0)
    assert "away from x" in far.problem()
    once = Evaluations(x)
    once.add(x)
    assert "never evaluated with entry (0, 0) of x moved" in once.problem()
