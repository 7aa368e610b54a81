"""Mutants whose feedback once named the wrong mistake (issue 13, section 3): each is graded
as a submission (the solved notebook with that one change) and its feedback must not name
that mistake again, or name only the one that describes the change.

A mutant is chosen by its report line, "<location>  old -> new", as `nngrader mutants`
prints it; a few gradings per assignment, in the sandbox as the real engine does.
"""
import pytest

from autograder.mutation.run import (MutantOptions, Outcome, QuestionReport, format_report,
                                     named_mistakes, run_mutants)
from autograder.questions import load_assignment

# (assignment, question, the mutant's report line, the names it may be given, the mistakes
# it must not even be offered as the closest). softmax's shift by the row minimum may be
# offered "no max subtraction" as the closest, whose advice (subtract each row's maximum)
# is the fix; it must not be told that this is its mistake. So may step * decay_steps be
# offered "decay_steps ignored" (divide the step by decay_steps): over thousands of steps
# both underflow to 0 alike, and only the few-steps case tells them apart.
PAIRS = [
    ("hw1_gradients", "numerical_gradient",
     "reference/gradients.py:47  original + h -> original - h",
     {"the same nudge on both sides (`+ h` twice, or `- h` twice)"}, set()),
    ("hw1_gradients", "cross_entropy_error",
     "reference/softmax_classifier.py:43  np.sum(y * np.log(p + 1e-7)) -> "
     "np.mean(y * np.log(p + 1e-07))",
     set(), {"batch size taken from a 1-D array's length"}),
    ("hw1_gradients", "softmax",
     "reference/softmax_classifier.py:20  np.max(x, axis=-1, keepdims=True) -> "
     "np.min(x, axis=-1, keepdims=True)", set(), set()),
    ("hw4_logistic_regression", "predict", "reference/logistic_regression.py:115  0.5 -> 0.4",
     set(), {"np.floor(A / 0.5)"}),
    ("hw5_optimizers", "exponential_decay",
     "reference/training.py:22  global_step / decay_steps -> global_step * decay_steps",
     set(), set()),
    ("hw5_optimizers", "adam", "reference/optimizers.py:121  1 -> 0",
     set(), {"t incremented after its use"}),
]


@pytest.mark.parametrize("assignment_id", sorted({pair[0] for pair in PAIRS}))
def test_a_mutant_is_never_told_a_mistake_it_did_not_make(assignment_id):
    pairs = [pair for pair in PAIRS if pair[0] == assignment_id]
    reports = run_mutants(MutantOptions(
        assignment_id, tuple(dict.fromkeys(pair[1] for pair in pairs)), seed=0, jobs=2,
        changes=tuple(pair[2] for pair in pairs)))
    assert all(not report.baseline for report in reports), [r.baseline for r in reports]
    outcomes = {(report.question, f"{outcome.location}  {outcome.change}"): outcome
                for report in reports for outcome in report.outcomes}
    for _, question, line, allowed, never in pairs:
        outcome = outcomes[(question, line)]
        assert outcome.status == "caught", (line, outcome.status, outcome.detail)
        assert set(outcome.named) <= allowed, (line, outcome.named, outcome.feedback)
        assert not (set(outcome.named) | set(outcome.closest)) & never, \
            (line, outcome.named, outcome.closest, outcome.feedback)


def test_the_report_gives_the_naming_share_and_keeps_closest_guesses_apart():
    question = load_assignment("hw4_logistic_regression").question("predict")
    floor, without_b = question.mistakes[1].name, question.mistakes[2].name
    named_entry = {"output": "FAILED ... This looks like a known mistake, ...",
                   "extra_data": {"mistakes": [{"name": without_b, "advice": "."}]}}
    closest_entry = {"output": f"FAILED ... the closest is {floor} (it gives 2), but ...",
                     "extra_data": {"mistakes": []}}
    assert named_mistakes(question, named_entry) == ([without_b], [])
    assert named_mistakes(question, closest_entry) == ([], [floor])
    outcomes = [Outcome("a.py:1", "x + b -> x", "caught", [without_b]),
                Outcome("a.py:2", "0.5 -> 0.4", "caught", [], [floor]),
                Outcome("a.py:3", "1 -> 2", "caught"), Outcome("a.py:4", "2 -> 3", "survived")]
    text = format_report([QuestionReport("predict", 4, outcomes)], "hw4_logistic_regression")
    assert "named a known mistake for 1 of 3 caught mutants (33.3 %)" in text
    assert "offered the closest for 1" in text
    named_part, closest_part = text.split("closest mistake offered")
    assert f"x + b -> x  =>  {without_b}" in named_part and floor not in named_part
    assert f"0.5 -> 0.4  =>  {floor}" in closest_part
