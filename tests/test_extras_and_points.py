"""Small promises of the command line: a missing extra is named, the assignment ids are
listed, and case points add up exactly (nbgrader and otter sum them as floats)."""
import itertools
import random
from fractions import Fraction

import pytest
from typer.testing import CliRunner

from autograder.cli import app
from autograder.extras import MissingExtra, require
from autograder.cases import case_points
from autograder.questions import ASSIGNMENT_IDS, load_assignment
from autograder.questions.spec import Case, Question


def test_a_missing_extra_names_the_extra_to_install():
    with pytest.raises(MissingExtra, match=r"nngrader build .*'otter' extra .*"
                                           r"pip install -e \"\.\[otter\]\""):
        require("no_such_module_for_nngrader", "otter", "nngrader build")


def test_grade_help_lists_the_assignment_ids():
    result = CliRunner().invoke(app, ["grade", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for assignment_id in ASSIGNMENT_IDS:
        assert assignment_id in result.output


def test_case_points_add_up_exactly_in_any_order():
    rng = random.Random(0)
    for assignment_id in ASSIGNMENT_IDS:
        questions = load_assignment(assignment_id).questions
        points = [p for question in questions for p in case_points(question)]
        for _ in range(20):
            rng.shuffle(points)
            assert sum(points) == sum(question.points for question in questions)


@pytest.mark.parametrize("points, weights", [(15, [1.0] * 7), (1, [1.0] * 3),
                                             (6, [1, 1, 2, 1, 1, 1, 1, 1, 2, 1, 2]),
                                             (2, [0.3, 0.3, 0.4])])
def test_case_points_are_the_weight_shares_and_sum_exactly(points, weights):
    question = Question(name="q", points=points, cases=[
        Case(label=str(i), driver="call", inputs=lambda rng: {}, checks={}, weight=w)
        for i, w in enumerate(weights)])
    shares = case_points(question)
    assert sum(shares) == points
    for share, weight in zip(shares, weights):
        assert abs(share - points * weight / sum(weights)) < 1e-6
    for subset in itertools.combinations(shares, 3):  # any partial credit sums exactly too
        assert Fraction(sum(subset)) == sum(Fraction(share) for share in subset)
