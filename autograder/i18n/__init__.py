"""Feedback in the student's language: every sentence the grader writes, in English and Chinese.

    tr(template, lang=None, **values)   a grader sentence: the English `template` (a
                                        str.format template, also the catalog key) or its
                                        Chinese entry in zh.py, filled with `values`
    english(text)                       the English of a declared text given in either language
    declared(text, lang=None)           a text declared in autograder/questions/ (a case
                                        label, a known mistake's name or advice, a check's
                                        `what`), from the catalog of zh_questions/
    worker_text(message, lang=None)     a sentence the sandboxed worker wrote in English
                                        (it cannot import this package), matched against
                                        the patterns of worker_zh.py
    with language("zh"): ...            the language of everything graded or written inside
    current()                           that language ("en" outside any `language` block)

English is the source: the catalogs are keyed by the English text, so a declaration or a
template needs no edit to be translated, and tests/test_i18n.py fails when an English
sentence has no Chinese, or when a Chinese entry changes a `{placeholder}` or a `code
span` of its English. A missing entry falls back to English rather than fail a grade.
The language is a context variable, set per submission by grade.py (threads and processes
each get their own), so the sentences' many authors need no extra argument.
"""
import contextlib
import contextvars
import functools

from .worker_zh import WORKER_ZH
from .zh import ZH
from . import zh_questions

LANGUAGES = ("en", "zh")
CHOICES = ("en", "zh", "auto")

_CURRENT = contextvars.ContextVar("nngrader_language", default="en")


def current():
    """The language sentences are written in here: "en" or "zh"."""
    return _CURRENT.get()


@contextlib.contextmanager
def language(lang):
    """Write every sentence in `lang` ("en" or "zh"; anything else is English) inside."""
    token = _CURRENT.set(lang if lang in LANGUAGES else "en")
    try:
        yield
    finally:
        _CURRENT.reset(token)


def tr(template, lang=None, /, **values):
    """`template` in `lang` (default: current()), formatted with `values`."""
    lang = lang or current()
    if lang == "zh":
        template = ZH.get(template, template)
    return template.format(**values) if values else template


def declared(text, lang=None):
    """A declared label, mistake name or advice, or check wording, in `lang`."""
    lang = lang or current()
    if lang == "zh" and isinstance(text, str):
        return zh_questions.catalog().get(text, text)
    return text


@functools.cache
def _english_of():
    return {chinese: english for english, chinese in zh_questions.catalog().items()}


def english(text):
    """The declared English of a text in either language (a result graded in Chinese names
    its mistakes in Chinese; the class report counts them with the English ones)."""
    return _english_of().get(text, text) if isinstance(text, str) else text


def worker_text(message, lang=None):
    """A sentence from the sandboxed worker, in `lang`: each known English pattern in it
    is rewritten (its captured parts, code and names, are kept as they are)."""
    lang = lang or current()
    if lang != "zh" or not isinstance(message, str):
        return message
    for pattern, chinese in WORKER_ZH:
        message = pattern.sub(chinese, message)
    return message
