"""Result files (autograder/results.py): atomic, readable like any file the user writes,
names of any legal length, a bounded size, and a grades.csv a spreadsheet cannot run."""
import csv
import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from autograder.results import (MAX_RESULT_BYTES, capped, gradebook, grades_table,  # noqa: E402
                                read_result, write_atomically, write_result)


def result(score, output="", assignment="hw1_gradients", status="graded"):
    return {"status": status, "score": score, "output": output,
            "tests": [{"name": "softmax", "score": score, "max_score": 3.0,
                       "output": output, "visibility": "visible"}],
            "extra_data": {"assignment": assignment}}


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_results_are_readable_by_group_and_others_under_a_normal_umask(tmp_path, umask_022):
    write_result(tmp_path / "alice.json", result(3.0))
    write_atomically(tmp_path / "grades.csv", "submission,total\n")
    for name in ("alice.json", "grades.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


def test_a_result_name_of_legal_length_is_written(tmp_path):
    stem = "学" * 78 + "xx"  # 236 bytes: with ".json", 241 of the 255 a name may have
    write_result(tmp_path / f"{stem}.json", result(1.0))
    assert read_result(tmp_path / f"{stem}.json")["score"] == 1.0
    assert os.listdir(tmp_path) == [f"{stem}.json"]  # no temporary left behind


def test_a_failed_write_leaves_no_temporary(tmp_path):
    with pytest.raises(OSError):
        write_result(tmp_path / ("x" * 300 + ".json"), result(1.0))  # a name too long
    assert os.listdir(tmp_path) == []


def test_the_whole_result_of_a_submission_is_capped():
    notes = "\n".join(f"Code cell {number} was skipped: it raised NameError: name 'x' is "
                      "not defined" for number in range(100_000))  # 100k failing cells
    huge = result(0.0, output=notes)
    huge["tests"] = [dict(huge["tests"][0], output=notes) for _ in range(6)]
    assert len(json.dumps(huge)) > 40 * MAX_RESULT_BYTES
    small = capped(huge)
    assert len(json.dumps(small, indent=2)) <= MAX_RESULT_BYTES
    assert small["output"].startswith("Code cell 0 was skipped")
    assert "more characters of feedback cut" in small["output"]
    assert all("feedback cut" in test["output"] for test in small["tests"])
    assert small["score"] == 0.0 and len(small["tests"]) == 6
    assert capped(result(1.0, "short")) == result(1.0, "short")


def test_names_cannot_become_spreadsheet_formulas():
    names = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx",
             "alice", "Jane Doe"]
    text = grades_table([(name, result(1.0)) for name in names], ["softmax"])
    cells = [row[0] for row in csv.reader(io.StringIO(text))][1:]
    assert cells == ["'" + name for name in names[:4]] + ["\\x09x", "\\x0dx", "alice",
                                                         "Jane Doe"]


def test_a_fault_has_empty_score_cells_not_zeros():
    text = grades_table([("bob", result(None, status="error") | {"tests": []})], ["softmax"])
    assert text.splitlines()[1] == "bob,,"


def test_the_gradebook_keeps_other_students_and_other_assignments_out(tmp_path):
    write_result(tmp_path / "alice.json", result(3.0))
    write_result(tmp_path / "bob.json", result(1.0))
    write_result(tmp_path / "other.json", result(2.0, assignment="hw3_neuron"))
    (tmp_path / "notes.json").write_text("[1, 2]")
    book = gradebook(tmp_path, "hw1_gradients", {"bob": result(2.0), "carol": result(0.0)})
    assert [(name, row["score"]) for name, row in book] == [("alice", 3.0), ("bob", 2.0),
                                                            ("carol", 0.0)]
