"""A dependency the grader refuses to compute reads as a sentence, in the student's language.

When a submission calls a dependency the grader computes for it (the oracle, grade.py)
with values larger or shaped differently than the case allows (budget.py), the case fails
with a sentence saying so: never the name of the grader's internal exception, and no
"raised" before a sentence that names no exception.
"""
import dataclasses
import threading

import numpy as np

from autograder.budget import Budget
from autograder.cases import case_outcome
from autograder.grade import oracle_server, sandbox_call
from autograder.i18n import language
from autograder.questions import load_assignment
from autograder.session import Reply


def refusal(lang):
    question = load_assignment("hw1_gradients").question("simple_net")
    question = dataclasses.replace(question, oracle={"cross_entropy_error": lambda p, y: 0.0})
    budget = Budget.for_case({"W": np.zeros((2, 3)), "x": np.zeros((5, 2)),
                              "t": np.zeros((5, 3))})
    with language(lang):
        answer = oracle_server(question, budget)
        return answer("cross_entropy_error", [np.ones((30_000, 1)), np.ones((1, 30_000))], {})


def test_an_oversized_call_is_refused_with_a_sentence():
    english, chinese = refusal("en"), refusal("zh")
    assert not english["ok"] and not chinese["ok"]
    assert english["error"].startswith("the grader did not compute `cross_entropy_error` for "
                                       "these values: the arguments of `cross_entropy_error`")
    assert chinese["error"].startswith("评分程序没有用这些值计算 `cross_entropy_error`：")
    assert "OverBudget" not in english["error"] + chinese["error"]


class OneReply:
    """A runner whose worker answers every case with `reply`."""
    def __init__(self, reply):
        self.reply = reply

    def run_case(self, request, timeout, server):
        return self.reply


def outcome_of(message):
    assignment = load_assignment("hw1_gradients")
    question = assignment.question("softmax")
    reply = Reply(status="error", message=message)
    return case_outcome(assignment, question, question.cases[0], np.random.default_rng(0),
                        sandbox_call(OneReply(reply)), lambda shared: shared.load())


def test_raised_is_said_only_of_an_exception():
    refused = ("the grader did not compute `softmax` for these values: the arguments of "
               "`softmax` hold 900000 values; this case allows at most 65536 (in the "
               "grader's own `softmax`, which stands in for yours)")
    outcome = outcome_of(refused)
    assert outcome.problem == refused and outcome.raised is None
    outcome = outcome_of("ValueError: shapes (3,) and (4,) not aligned")
    assert outcome.problem == "raised ValueError: shapes (3,) and (4,) not aligned"
    assert outcome.raised == "ValueError"


def test_the_network_proxys_params_must_fill_their_shapes_exactly():
    """hw2's proxy sends its params flat with their shapes (worker/protocol.py); the
    trusted side rebuilds them only when the numbers fill the shapes exactly, with no
    negative length (which reshape would read as "whatever is left")."""
    from autograder.worker.protocol import flatten, unflatten

    params = {"W1": np.arange(12.0).reshape(4, 3), "b1": np.ones(3),
              "W2": np.arange(6.0).reshape(3, 2), "b2": np.zeros(2)}
    flat, shapes = flatten(params)
    rebuilt = unflatten(flat, shapes)
    assert all(np.array_equal(rebuilt[key], params[key]) for key in params)
    for wrong in ([[4, 3], [3], [3, 2], [1]], [[4, 3], [3], [3, 2], [3]],
                  [[-4, 3], [3], [3, 2], [2]], [[4, -3], [3], [-3, 2], [2]]):
        try:
            unflatten(flat, wrong)
        except ValueError:
            continue
        raise AssertionError(f"shapes {wrong} were accepted for {flat.size} numbers")


def test_a_training_cases_reference_curve_runs_while_the_submission_does():
    """hw6's fit_cubic is judged without the reference (its loss must fall below a bound),
    but the feedback page draws the reference's curve: that run starts in a thread before
    the submission is called (case_details.prefetch_curve), and the page's curve is the
    prefetched run's."""
    from autograder import case_details

    assignment = load_assignment("hw6_curve_fitting")
    question = assignment.question("fit_cubic")
    case = next(case for case in question.cases if not case.needs_reference)
    seen = []

    class Watching:
        def run_case(self, request, timeout, server):
            seen.append(any(thread.is_alive() or key in case_details._REFERENCE_RUNS
                            for key, thread in case_details._RUNNING.items()))
            return Reply(status="error", message="not written yet", kind="contract")

    outcome = case_outcome(assignment, question, case, np.random.default_rng(3),
                           sandbox_call(Watching()), lambda shared: shared.load())
    assert seen == [True], "the reference run had not started when the submission was called"
    # the call failed, so no curve is drawn: the thread is still joined before the
    # question's details return (none may outlive the submission: a -j fork would hang)
    case_details.question_details(assignment, question, [outcome], [outcome.problem])
    assert not case_details._RUNNING and not [
        thread for thread in threading.enumerate() if thread.name == "nngrader-reference-curve"]
    expected = case_details._reference_for_curve(assignment, question, case, outcome.inputs)
    direct = case_details.run_reference(assignment, question, case, outcome.inputs)
    assert expected is not None and set(expected) == set(direct)
    assert all(np.array_equal(np.asarray(expected[key]), np.asarray(direct[key]))
               for key in direct)
