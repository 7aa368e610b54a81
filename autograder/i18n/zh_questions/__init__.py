"""Chinese for what autograder/questions/<id>/ declares, keyed by the English text.

One module per assignment (`<id>.py`, a dict `ZH`), so a case or mistake added to an
assignment is translated beside the others of its assignment; the declarations themselves
need no edit. tests/test_i18n.py walks every declaration and fails on a missing entry.
Labels, known-mistake names and advice, and the wording of checks (`what`, `message`).
"""
import importlib

from ...questions import ASSIGNMENT_IDS

BY_ASSIGNMENT = {assignment_id: importlib.import_module(f"{__name__}.{assignment_id}").ZH
                 for assignment_id in ASSIGNMENT_IDS}
COMMON = importlib.import_module(f"{__name__}.common").ZH

ZH_QUESTIONS = dict(COMMON)
for _entries in BY_ASSIGNMENT.values():
    ZH_QUESTIONS.update(_entries)
