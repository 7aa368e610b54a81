"""`nngrader mutants`: the mutation operators, and a small fixed sample of mutants per
assignment that the cases must all catch (a weakened case shows up here)."""
import pytest

from autograder.mutation.operators import mutants_of_cell
from autograder.mutation.run import MutantOptions, format_report, run_mutants

CELL = '''
def f(x, w, eps=1e-7):
    """A docstring with 0.5 - 1 in it is never changed."""
    y = x.copy()
    e = np.exp(y - np.max(y, axis=1, keepdims=True))
    for i in range(len(w)):
        y[i] += w[i] * 0.5
    return np.sum(e[:len(w)], axis=0) / (2 + eps) if y[0] > 0 else -y
'''


def test_the_operators_make_the_changes_students_make():
    changes = {mutant.describe() for mutant in mutants_of_cell(CELL)}
    for expected in ("1e-7 -> 1e-06", "0.5 -> 0.4", "2 -> 1", "2 -> 3",
                     "x.copy() -> x", "range(len(w)) -> range(len(w) - 1)",
                     "e[:len(w)] -> e[:len(w) - 1]", "y[0] > 0 -> y[0] >= 0",
                     "y - np.max(y, axis=1, keepdims=True) -> y",
                     "np.max(y, axis=1, keepdims=True) -> np.min(y, axis=1, keepdims=True)",
                     "np.max(y, axis=1, keepdims=True) -> np.max(y, axis=0, keepdims=True)",
                     "np.max(y, axis=1, keepdims=True) -> np.max(y, axis=1)",
                     "np.sum(e[:len(w)], axis=0) -> np.mean(e[:len(w)], axis=0)",
                     "-y -> y", "y[i] += w[i] * 0.5 -> y[i] -= w[i] * 0.5"):
        assert expected in changes, expected
    assert not any("docstring" in mutant.source and "0.5 - 1 in it" not in mutant.source
                   for mutant in mutants_of_cell(CELL))
    for mutant in mutants_of_cell(CELL):  # one change: every other line is untouched
        differing = [line for line, original in zip(mutant.source.splitlines(),
                                                    CELL.splitlines()) if line != original]
        assert len(differing) == 1 and mutant.function == "f"


# (assignment, questions, mutants per question): about 20 gradings in all. hw3's neuron
# and hw6's fit_cubic train for seconds per grading, so their assignments sample less.
SAMPLES = [
    ("hw1_gradients", (), 1),
    ("hw3_neuron", ("mse_loss", "neuron"), 1),
    ("hw4_logistic_regression", ("propagate", "predict"), 2),
    ("hw5_optimizers", ("custom_loss", "sgd_momentum", "adagrad", "rmsprop", "adam"), 1),
    ("hw6_curve_fitting", ("fit_cubic", "conv_output_size", "l1_loss"), 1),
]


@pytest.mark.parametrize("assignment_id, questions, sample", SAMPLES,
                         ids=[sample[0] for sample in SAMPLES])
def test_every_sampled_mutant_is_caught(assignment_id, questions, sample):
    reports = run_mutants(MutantOptions(assignment_id, questions, sample=sample, seed=1,
                                        jobs=2))
    text = format_report(reports, assignment_id)
    assert all(not report.baseline for report in reports), text
    graded = [outcome for report in reports for outcome in report.outcomes
              if outcome.status != "equivalent"]
    assert graded, text
    assert all(outcome.status == "caught" for outcome in graded), text
