"""verify.py reads otter's result files as otter writes them and lists every disagreement.

The files below are copies of what otter-grader 7 wrote for hw1 notebooks (`otter grade`'s
final_grades.csv, `otter run`'s results.json); the real tools run in tests/integration/.
"""
import json

from autograder.questions import load_assignment
from autograder.verify import Disagreement, compare, find_submissions, read_otter_results

QUESTIONS = [question.name for question in load_assignment("hw1_gradients").questions]
FINAL_GRADES = """\
file,cross_entropy_error,gradient_descent,numerical_diff,numerical_gradient,simple_net,softmax,total_points_earned,percent_correct,grading_status
points-per-question,3.0,2.0,1.0,3.0,3.0,3.0,15.0,1.0,--
alice.ipynb,3.0,2.0,1.0,3.0,3.0,3.0,15.0,1.0,Completed
bob.ipynb,3.0,2.0,1.0,3.0,3.0,1.5,13.5,0.9,Completed
"""
RESULTS = {"tests": [
    {"name": "Public Tests", "visibility": "visible", "output": "", "status": "passed"},
    {"name": "cross_entropy_error", "score": 0, "max_score": 3.0, "visibility": "hidden"},
    {"name": "gradient_descent", "score": 2.0, "max_score": 2.0, "visibility": "hidden"},
    {"name": "numerical_diff", "score": 1.0, "max_score": 1.0, "visibility": "hidden"},
    {"name": "numerical_gradient", "score": 0, "max_score": 3.0, "visibility": "hidden"},
    {"name": "simple_net", "score": 3.0, "max_score": 3.0, "visibility": "hidden"},
    {"name": "softmax", "score": 3.0, "max_score": 3.0, "visibility": "hidden"}]}
CAROL = {"numerical_diff": 1.0, "numerical_gradient": 0.0, "gradient_descent": 2.0,
         "softmax": 3.0, "cross_entropy_error": 0.0, "simple_net": 3.0}


def test_otter_grade_csv(tmp_path):
    path = tmp_path / "final_grades.csv"
    path.write_text(FINAL_GRADES)
    scores = read_otter_results(path, ["alice", "bob"])
    assert sorted(scores) == ["alice", "bob"]
    assert scores["bob"] == {"cross_entropy_error": 3.0, "gradient_descent": 2.0,
                             "numerical_diff": 1.0, "numerical_gradient": 3.0,
                             "simple_net": 3.0, "softmax": 1.5}


def test_otter_run_results_folder_and_single_file(tmp_path):
    (tmp_path / "carol").mkdir()
    (tmp_path / "carol" / "results.json").write_text(json.dumps(RESULTS))
    (tmp_path / "dave.json").write_text(json.dumps(RESULTS))
    assert read_otter_results(tmp_path, ["carol", "dave"]) == {"carol": CAROL, "dave": CAROL}
    assert read_otter_results(tmp_path / "dave.json", ["dave"]) == {"dave": CAROL}


def test_compare_names_differences_and_missing_entries():
    trusted = {"carol": CAROL, "erin": CAROL}
    tool = {"carol": dict(CAROL, softmax=2.99995, numerical_gradient=3.0), "zed": CAROL}
    found = compare("otter", tool, trusted, QUESTIONS)
    assert Disagreement("carol", "numerical_gradient", "otter", 3.0, 0.0) in found
    assert not any(item.question == "softmax" and item.submission == "carol" for item in found)
    assert {item.submission for item in found} == {"carol", "erin", "zed"}
    assert sum(item.submission == "erin" and item.tool_score is None for item in found) == 6
    assert sum(item.submission == "zed" and item.trusted_score is None for item in found) == 6


def test_submissions_flat_or_in_nbgrader_layout(tmp_path):
    (tmp_path / "flat").mkdir()
    (tmp_path / "flat" / "alice.ipynb").write_text("{}")
    (tmp_path / "flat" / "notes.txt").write_text("")
    assert list(find_submissions(tmp_path / "flat", "hw1_gradients")) == ["alice"]
    for student in ("ada", "bob"):
        folder = tmp_path / "submitted" / student / "hw1_gradients"
        folder.mkdir(parents=True)
        (folder / "hw1_gradients.ipynb").write_text("{}")
    assert list(find_submissions(tmp_path / "submitted", "hw1_gradients")) == ["ada", "bob"]
