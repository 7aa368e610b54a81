"""Chinese for what autograder/questions/ declares, keyed by the English text.

A question's own labels, known mistakes and advice, and check wording are translated in its
module, beside the English (`ZH` in autograder/questions/<id>/<question>.py); what several
questions of an assignment share in `<id>.py` here (a dict `ZH`), what several assignments
share in common.py. tests/test_i18n.py walks every declaration and fails on a missing entry.

The catalog is gathered on first use (`catalog()`), not at import: the question modules
import the checks, which import autograder.i18n.
"""
import functools
import importlib
import pkgutil

from ...questions import ASSIGNMENT_IDS


def _question_entries(assignment_id):
    """The ZH dicts of an assignment's question modules, merged."""
    package = importlib.import_module(f"autograder.questions.{assignment_id}")
    entries = {}
    for module in pkgutil.iter_modules(package.__path__):
        entries.update(getattr(importlib.import_module(f"{package.__name__}.{module.name}"),
                               "ZH", {}))
    return entries


@functools.cache
def by_assignment():
    """{assignment id: {English: Chinese}}: its shared entries and its questions'."""
    return {assignment_id: {**importlib.import_module(f"{__name__}.{assignment_id}").ZH,
                            **_question_entries(assignment_id)}
            for assignment_id in ASSIGNMENT_IDS}


def across_assignments():
    """{English: Chinese} of the words several assignments share."""
    return importlib.import_module(f"{__name__}.common").ZH


@functools.cache
def catalog():
    """{English: Chinese} of every declared text."""
    entries = dict(across_assignments())
    for assignment_entries in by_assignment().values():
        entries.update(assignment_entries)
    return entries


def __getattr__(name):
    """ZH_QUESTIONS, BY_ASSIGNMENT and COMMON, as names (gathered on first use)."""
    lazy = {"ZH_QUESTIONS": catalog, "BY_ASSIGNMENT": by_assignment, "COMMON": across_assignments}
    if name in lazy:
        return lazy[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
