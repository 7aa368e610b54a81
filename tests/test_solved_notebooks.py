"""Every solved notebook, graded by `nngrader grade` as a student would submit it, gets full
marks on every question; every untouched student notebook gets zero. The same holds in
both languages: the Chinese notebooks (`<id>.zh.ipynb`) have the same code.

The solved notebooks run top to bottom in the sandbox (data cells, training, plots), so
this also checks that the real data reaches the notebooks there.
"""
import shutil
from pathlib import Path

import pytest

from autograder.batch import BatchOptions, grade_batch
from autograder.questions import ASSIGNMENT_IDS, load_assignment

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("suffix", [".ipynb", ".zh.ipynb"], ids=["en", "zh"])
@pytest.mark.parametrize("assignment_id", ASSIGNMENT_IDS)
def test_solved_gets_full_marks_and_stub_gets_zero(assignment_id, suffix, tmp_path):
    solved = tmp_path / "solved.ipynb"
    stub = tmp_path / "stub.ipynb"
    shutil.copy(ROOT / "solutions" / assignment_id / f"{assignment_id}{suffix}", solved)
    shutil.copy(ROOT / "assignments" / assignment_id / f"{assignment_id}{suffix}", stub)
    rows = dict(grade_batch([str(solved), str(stub)],
                            BatchOptions(assignment_id, tmp_path / "out", progress=False,
                                         plot=False)))
    points = {question.name: question.points
              for question in load_assignment(assignment_id).questions}
    assert {test["name"]: test["score"] for test in rows["solved"]["tests"]} == points, \
        rows["solved"]["output"]
    assert "skipped" not in rows["solved"]["output"], rows["solved"]["output"]
    assert rows["stub"]["score"] == 0
    assert "stub has not been filled in" in rows["stub"]["output"]
