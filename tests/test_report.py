"""The class report: per-question means and a PNG an instructor can open."""
import numpy as np

from autograder.report import class_report, question_means

QUESTIONS = [("softmax", 3.0), ("relu", 1.0)]


def result(softmax, relu):
    return {"score": softmax + relu, "tests": [{"name": "softmax", "score": softmax},
                                               {"name": "relu", "score": relu}]}


def test_question_means_are_fractions_of_each_questions_points():
    means = question_means([result(3.0, 0.0), result(1.5, 1.0)], QUESTIONS)
    np.testing.assert_allclose(means, [0.75, 0.5])


def test_question_means_of_no_results_are_zero():
    np.testing.assert_array_equal(question_means([], QUESTIONS), [0.0, 0.0])


def test_class_report_writes_a_png(tmp_path):
    rows = [("alice", result(3.0, 1.0)), ("bob", result(0.0, 1.0)), ("carol", None)]
    path = class_report(rows, QUESTIONS, tmp_path / "class_report.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not list(tmp_path.glob("*.tmp.png"))
