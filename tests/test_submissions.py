"""Which files `nngrader grade` grades and whose they are (autograder/submissions.py).

The layouts are the ones instructors have: nbgrader's `submitted/` tree, a folder per
student, and the file names of Canvas and Moodle bulk downloads. Arguments that name
nothing (a missing path, a pattern the shell passed on unexpanded, an unreadable file) are
problems that name the argument, never a student.
"""
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from autograder.submissions import (MAX_NAME_BYTES, printable, safe_name, select,  # noqa: E402
                                    student_name)

NOTEBOOK = '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'


def tree(root, files):
    """Write `files` (paths relative to `root`) and return root."""
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(NOTEBOOK)
    return root


def named(selection):
    return {item.student: item.path.name for item in selection.submissions}


def test_nbgrader_submitted_tree(tmp_path):
    course = tree(tmp_path / "course", [
        "submitted/alice/hw1_gradients/hw1_gradients.ipynb",
        "submitted/bob/hw1_gradients/hw1_gradients.ipynb",
        "submitted/bob/hw1_gradients/.ipynb_checkpoints/hw1_gradients-checkpoint.ipynb",
        "submitted/carol/hw1_gradients/hw1_gradients.ipynb"])
    selection = select([course / "submitted"])
    assert selection.problems == []
    assert named(selection) == {"alice": "hw1_gradients.ipynb", "bob": "hw1_gradients.ipynb",
                                "carol": "hw1_gradients.ipynb"}
    # the same files given by the shell's expansion are named the same way
    files = sorted((course / "submitted").glob("*/hw1_gradients/*.ipynb"))
    assert named(select(files)) == named(selection)


def test_a_folder_per_student(tmp_path):
    folder = tree(tmp_path / "class", ["alice/homework.ipynb", "bob/hw1/my work.ipynb",
                                       "carol/notebook.ipynb", ".git/x.ipynb",
                                       "__MACOSX/alice/._homework.ipynb"])
    selection = select([folder])
    assert selection.problems == []
    assert named(selection) == {"alice": "homework.ipynb", "bob": "my work.ipynb",
                                "carol": "notebook.ipynb"}


def test_a_flat_folder_and_scripts(tmp_path):
    folder = tree(tmp_path / "flat", ["alice.ipynb", "bob.ipynb", "helper.py"])
    assert named(select([folder])) == {"alice": "alice.ipynb", "bob": "bob.ipynb"}
    scripts = tree(tmp_path / "scripts", ["alice.py", "bob.py"])  # no notebook: scripts
    assert named(select([scripts])) == {"alice": "alice.py", "bob": "bob.py"}


def test_canvas_bulk_download(tmp_path):
    folder = tree(tmp_path / "submissions", [
        "smithjohn_48213_5829311_hw1_gradients.ipynb",
        "doejane_LATE_48214_5829377_hw1_gradients-1.ipynb",
        "leewei_48215_5829402_Homework 1.ipynb"])
    assert named(select([folder])) == {
        "smithjohn": "smithjohn_48213_5829311_hw1_gradients.ipynb",
        "doejane": "doejane_LATE_48214_5829377_hw1_gradients-1.ipynb",
        "leewei": "leewei_48215_5829402_Homework 1.ipynb"}


def test_moodle_bulk_download_in_folders_and_flat(tmp_path):
    folders = tree(tmp_path / "moodle", [
        "Jane Doe_1234567_assignsubmission_file_/hw1_gradients.ipynb",
        "Wei Li_1234568_assignsubmission_file_/homework one.ipynb"])
    assert named(select([folders])) == {"Jane Doe": "hw1_gradients.ipynb",
                                        "Wei Li": "homework one.ipynb"}
    files = sorted(folders.glob("*/*.ipynb"))  # expanded by the shell: same names
    assert named(select(files)) == named(select([folders]))
    flat = tree(tmp_path / "flat", ["Jane Doe_1234567_assignsubmission_file_hw1.ipynb"])
    assert named(select([flat])) == {"Jane Doe": "Jane Doe_1234567_assignsubmission_file_"
                                                 "hw1.ipynb"}


def test_plain_names_are_not_taken_for_a_layout(tmp_path):
    for name in ("os_exit_in_function.py", "hw1_gradients.ipynb", "alice_v2.ipynb"):
        assert student_name(tmp_path / name) == Path(name).stem


def test_missing_paths_and_empty_patterns_are_problems_not_students(tmp_path):
    tree(tmp_path, ["alice.ipynb"])
    selection = select([tmp_path / "alice.ipynb", tmp_path / "gone.ipynb",
                        tmp_path / "nowhere" / "*.ipynb", tmp_path / "empty"])
    assert named(selection) == {"alice": "alice.ipynb"}
    assert selection.problems == [f"{tmp_path / 'gone.ipynb'}: no such file or folder",
                                  f"{tmp_path / 'nowhere' / '*.ipynb'}: the pattern matched "
                                  "no file",
                                  f"{tmp_path / 'empty'}: no such file or folder"]
    (tmp_path / "empty").mkdir()
    assert "no notebook (.ipynb) or script (.py) under this folder" in \
        select([tmp_path / "empty"]).problems[0]


def test_an_unexpanded_pattern_is_expanded(tmp_path):
    tree(tmp_path / "subs", ["alice.ipynb", "bob.ipynb"])
    assert named(select([str(tmp_path / "subs" / "*.ipynb")])) == {"alice": "alice.ipynb",
                                                                    "bob": "bob.ipynb"}


def test_an_unreadable_file_is_a_problem(tmp_path, monkeypatch):
    path = tree(tmp_path, ["alice.ipynb", "bob.ipynb"]) / "alice.ipynb"
    real_open = os.open

    def denied(name, *args, **kwargs):  # as chmod 0 does for anyone but root
        if Path(name) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    selection = select([tmp_path])
    assert named(selection) == {"bob": "bob.ipynb"}
    assert selection.problems == [f"{path}: cannot read it (Permission denied)"]


def test_special_files_are_submissions_but_never_opened_here(tmp_path):
    """A FIFO would block an open; a link could lead anywhere: their results say why."""
    os.mkfifo(tmp_path / "fifo.ipynb")
    (tmp_path / "zero.ipynb").symlink_to("/dev/zero")
    selection = select([tmp_path])
    assert named(selection) == {"fifo": "fifo.ipynb", "zero": "zero.ipynb"}


def test_two_files_of_one_student_leave_out_only_that_student(tmp_path):
    folder = tree(tmp_path / "subs", ["alice.ipynb", "mallory.ipynb", "mallory.py",
                                      "nbgrader/submitted/bob/hw1/a.ipynb",
                                      "nbgrader/submitted/bob/hw1/b.ipynb"])
    selection = select(sorted(folder.glob("*")) + [folder / "nbgrader" / "submitted"])
    assert named(selection) == {"alice": "alice.ipynb"}
    assert len(selection.problems) == 2
    assert any("mallory is not graded: 2 files" in problem for problem in selection.problems)
    assert any("bob is not graded: 2 files" in problem for problem in selection.problems)


def test_long_names_fit_a_file_system_and_stay_distinct(tmp_path):
    long = "学" * 78 + "x"   # 235 bytes, a legal file name with its suffix
    other = "学" * 78 + "y"
    assert len(f"{long}.ipynb".encode()) <= 255
    first, second = safe_name(long), safe_name(other)
    assert first != second
    for name in (first, second):
        assert len(name.encode()) <= MAX_NAME_BYTES
        assert name.startswith("学" * 10)
        (tmp_path / f".nngrader-0123456789ab.{name}.json.tmp").write_text("")  # fits
    assert safe_name("alice") == "alice" and safe_name("..") == "__"


def test_printable_neutralises_terminal_escapes():
    hostile = "evil\x1b]0;pwned\x07\x1b[2J\x1b[31mred\u202eexe.ipynb"
    shown = printable(hostile)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert shown.startswith("evil\\x1b]0;pwned\\x07") and "\\u202e" in shown
    assert printable("Jane Doe 学生") == "Jane Doe 学生"
    assert printable("bob\nalice: 15 / 15") == "bob\\x0aalice: 15 / 15"  # no forged line
    assert printable("two\nlines", keep_newlines=True) == "two\nlines"
