"""nbgrader, for real: a temporary course from dist/nbgrader, three students, the full cycle.

generate_assignment, three submissions (one perfect, two with different mistakes),
autograde, generate_feedback, export (SQLite gradebook to CSV): every total and every
per-question score in the gradebook equals nngrader grade's on the same notebooks. A fourth
student leaves the stubs and fakes the hidden tests from inside the kernel: nbgrader gives
full marks, and `verify` flags every question of that student and nothing else.
"""
import csv
import shutil

import nbformat
import pytest

from autograder.generate.nbgrader_course import write_nbgrader_course
from autograder.questions import load_assignment
from autograder.verify import read_nbgrader_scores, verify
from realtools import (ASSIGNMENT, MISTAKES, ROOT, SOLVED, assert_same_scores, cheater,
                       nngrader_scores, run, tool, with_edits)

STUDENTS = {"ada": [], "bob": MISTAKES["cross_entropy_no_delta"][0],
            "cyd": MISTAKES["gradient_precedence"][0]}


def make_course(tmp_path):
    built = write_nbgrader_course(ROOT, out=tmp_path / "build")
    course = tmp_path / "course"
    (course / "source").mkdir(parents=True)
    shutil.copy(built / "nbgrader_config.py", course)
    shutil.copytree(built / "source" / ASSIGNMENT, course / "source" / ASSIGNMENT)
    return course


def submit(course, student, edits):
    """The released notebook with every solution cell filled in from the solved notebook."""
    solved = with_edits(nbformat.read(SOLVED, as_version=4), edits)
    answers = {cell.id: cell.source for cell in solved.cells}
    nb = nbformat.read(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("solution"):
            cell.source = answers[cell.metadata["nbgrader"]["grade_id"]]
    return write_submission(course, student, nb)


def submit_cheat(course, student):
    """The released notebook, stubs left, with the cheat cell before the test cells."""
    nb = nbformat.read(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    cheat = cheater("nbgrader").cells[-1]
    heading = next(index for index, cell in enumerate(nb.cells) if cell.id == "nngrader-tests")
    nb.cells.insert(heading, cheat)
    return write_submission(course, student, nb)


def write_submission(course, student, nb):
    folder = course / "submitted" / student / ASSIGNMENT
    folder.mkdir(parents=True)
    nbformat.write(nb, folder / f"{ASSIGNMENT}.ipynb")
    return folder / f"{ASSIGNMENT}.ipynb"


def test_nbgrader_course_grades_like_nngrader(tmp_path):
    course = make_course(tmp_path)
    nbgrader = tool("nbgrader")
    run([nbgrader, "generate_assignment", ASSIGNMENT], cwd=course)

    released = nbformat.read(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    assert "check_case" not in nbformat.writes(released), "hidden tests reached students"
    ours = {cell.id: cell.source for cell in nbformat.read(
        ROOT / "assignments" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4).cells}
    for cell in released.cells:  # nbgrader's student version is the kit's student notebook
        if cell.id in ours:
            assert cell.source == ours[cell.id], f"cell {cell.id} differs from assignments/"

    submitted = {student: submit(course, student, edits) for student, edits in STUDENTS.items()}
    submitted["eve"] = submit_cheat(course, "eve")
    run([nbgrader, "autograde", ASSIGNMENT], cwd=course)
    run([nbgrader, "generate_feedback", ASSIGNMENT], cwd=course)
    run([nbgrader, "export", "--to", "grades.csv"], cwd=course)

    copies = tmp_path / "copies"  # nngrader names results after the file: one per student
    copies.mkdir()
    for student, path in submitted.items():
        shutil.copy(path, copies / f"{student}.ipynb")
    trusted = nngrader_scores(sorted(copies.iterdir()), tmp_path / "nngrader")
    with open(course / "grades.csv", newline="") as stream:
        exported = {row["student_id"]: float(row["score"]) for row in csv.DictReader(stream)}
    total = sum(question.points for question in load_assignment(ASSIGNMENT).questions)
    assert sorted(exported) == sorted(submitted)
    assert exported["eve"] == pytest.approx(total) and sum(trusted["eve"].values()) == 0
    honest = {student: scores for student, scores in trusted.items() if student != "eve"}
    for student, scores in honest.items():
        assert abs(exported[student] - sum(scores.values())) < 1e-3, (
            f"{student}: nbgrader exported {exported[student]}, nngrader {sum(scores.values())}")
    gradebook = course / "gradebook.db"
    assert_same_scores(read_nbgrader_scores(gradebook, ASSIGNMENT), honest, "nbgrader")
    assert exported["ada"] == total and exported["bob"] < total  # exactly: no 14.999999999999998

    feedback = (course / "feedback" / "bob" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    assert "known mistake, no 1e-7 inside the log" in feedback
    # a failed hidden test shows its sentence, not the kit's files on the instructor's disk
    assert "in_kernel.py" not in feedback and str(ROOT) not in feedback

    report = verify(ASSIGNMENT, course / "submitted", nbgrader_db=gradebook)
    assert sorted((item.submission, item.question) for item in report.disagreements) == sorted(
        ("eve", question.name) for question in load_assignment(ASSIGNMENT).questions), \
        report.format()
