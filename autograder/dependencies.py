"""A plain-words note on the functions the reference stands in for while a question is graded.

While `optimize` is graded, the notebook's `propagate` is replaced by the reference's (so an
earlier mistake does not cost twice). Code written for another `propagate` (one returning
`(cost, dw, db)`, say) then fails on a line that works in the student's own notebook; the
note says which functions were replaced and what each one returns, taken from the
reference's own docstring (its "Returns:" section), so it stays true when the reference
changes; in Chinese, from the Chinese docstring the notebooks show (its "返回：" section,
autograder/i18n/zh_pasted/), so the Chinese of a docstring has one home.
"""
import inspect
import re

from .i18n import current, tr, zh_pasted

SECTION = {"en": "Returns:", "zh": "返回："}


def dependency_note(assignment, question):
    """"While `optimize` is graded, ... returns ..." or None when nothing is replaced."""
    if not question.inject:
        return None
    namespace = assignment.namespace()
    described = []
    for name in question.inject:
        returns = _returns(namespace.get(name), current())
        described.append(tr("`{name}` (which returns {returns})", name=name,
                            returns=returns) if returns else f"`{name}`")
    names = _join(described)
    if len(described) == 1:
        return tr("While `{question}` is graded, the grader's own {names} stands in for "
                  "yours, so your code must work with it as the assignment specifies",
                  question=question.name, names=names)
    return tr("While `{question}` is graded, the grader's own {names} stand in for yours, "
              "so your code must work with them as the assignment specifies",
              question=question.name, names=names)


def _returns(value, lang="en"):
    """The "Returns:" ("返回：") section of the docstring of `value` in `lang`, on one line,
    without the trailing period (None when there is none)."""
    if value is None or inspect.isclass(value):
        return None
    doc = inspect.getdoc(value)
    if lang == "zh":
        chinese = zh_pasted.docstring(f"{value.__module__}.{value.__qualname__}")
        doc = inspect.cleandoc(chinese) if chinese else None
    if not doc:
        return None
    match = re.search(rf"^{SECTION[lang]}\s*\n((?:[ \t]+.*\n?)+)", doc, flags=re.MULTILINE)
    if not match:
        return None
    lines = match.group(1).splitlines()
    indent = len(lines[0]) - len(lines[0].lstrip())
    names = [line.strip().split(":")[0] for line in lines
             if len(line) - len(line.lstrip()) == indent and re.match(r"\s*\w+:", line)]
    text = ("" if lang == "zh" else " ").join(line.strip() for line in lines).rstrip(".。")
    return f"({', '.join(names)}), {text}" if len(names) > 1 else text


def _join(items):
    if len(items) == 1:
        return items[0]
    return tr("{items} and {last}", items=tr(", ").join(items[:-1]), last=items[-1])
