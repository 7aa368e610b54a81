"""Nothing is missing in either language (autograder/i18n): every sentence the grader writes
and every declared label, mistake and check wording has its Chinese, with the same
`{placeholders}` and the same `code spans` as its English."""
import ast
import re
import string
from pathlib import Path

import pytest

from autograder import i18n
from autograder.dependencies import _returns
from autograder.i18n import declared, language, tr, worker_text
from autograder.i18n.zh import ZH
from autograder.i18n.zh_questions import BY_ASSIGNMENT, COMMON, ZH_QUESTIONS
from autograder.questions import ASSIGNMENT_IDS, load_assignment

AUTOGRADER = Path(__file__).resolve().parent.parent / "autograder"
_CODE = re.compile(r"`[^`]*`")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FIELD = re.compile(r"\{[^{}]*\}")


def tr_calls():
    """(file:line, first argument node) of every call of `tr` in autograder/."""
    for path in sorted(AUTOGRADER.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "tr" and node.args:
                yield f"{path.relative_to(AUTOGRADER.parent)}:{node.lineno}", node.args[0]


def templates():
    return sorted({node.value for _, node in tr_calls()
                   if isinstance(node, ast.Constant) and isinstance(node.value, str)})


def declared_texts():
    """{English text: where} for every label, mistake name and advice, check wording."""
    found = {}
    for assignment_id in ASSIGNMENT_IDS:
        assignment = load_assignment(assignment_id)
        for question in assignment.questions:
            where = f"{assignment_id}.{question.name}"
            for case in question.cases:
                found.setdefault(case.label, f"{where} case label")
                for check in case.checks.values():
                    for attribute in ("what", "message"):
                        if isinstance(getattr(check, attribute, None), str):
                            found.setdefault(getattr(check, attribute), f"{where} check")
            for mistake in question.mistakes:
                found.setdefault(mistake.name, f"{where} mistake name")
                found.setdefault(mistake.advice, f"{where} mistake advice")
    return found


def injected():
    """(where, function) for every function the reference stands in for while a question
    is graded (the dependency note says what each returns: dependencies.py)."""
    for assignment_id in ASSIGNMENT_IDS:
        assignment = load_assignment(assignment_id)
        namespace = assignment.namespace()
        for question in assignment.questions:
            for name in question.inject:
                yield f"{assignment_id}.{question.name} `{name}`", namespace.get(name)


def test_every_dependency_note_has_chinese():
    """What a stand-in returns comes from its docstring, in Chinese from the Chinese
    docstring the notebooks show (i18n/zh_pasted), keeping its code and names."""
    missing = []
    for where, function in injected():
        english, chinese = _returns(function, "en"), _returns(function, "zh")
        if english and not (chinese and _CJK.search(chinese)
                            and code_spans(english) == code_spans(chinese)):
            missing.append((where, english, chinese))
    assert missing == []


def placeholders(text):
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(text)
                  if name is not None)


def code_spans(text):
    return sorted(_CODE.findall(text))


def test_every_tr_call_names_its_template_literally():
    """A template built at run time could not be checked here."""
    dynamic = [where for where, node in tr_calls()
               if not (isinstance(node, ast.Constant) and isinstance(node.value, str))]
    assert dynamic == []
    assert len(templates()) > 80


def test_every_template_has_chinese():
    missing = [template for template in templates() if template not in ZH]
    assert missing == []


def test_no_stale_template_entries():
    """An entry whose English no longer occurs is a translation nobody reads."""
    assert sorted(set(ZH) - set(templates())) == []


def test_every_declared_text_has_chinese():
    missing = {text: where for text, where in declared_texts().items()
               if text not in ZH_QUESTIONS}
    assert missing == {}


@pytest.mark.parametrize("catalog", ["templates", "declared"])
def test_chinese_keeps_placeholders_and_code(catalog):
    entries = ZH if catalog == "templates" else ZH_QUESTIONS
    wrong = []
    for english, chinese in entries.items():
        if placeholders(english) != placeholders(chinese):
            wrong.append(("placeholders", english, chinese))
        if code_spans(english) != code_spans(chinese):
            wrong.append(("code", english, chinese))
    assert wrong == []


def test_chinese_entries_are_chinese():
    """Every entry with English words in it (two in a row, outside code and placeholders)
    is written in Chinese, not copied over; formulas alone ("dim = 2") stay as they are."""
    untranslated = [english for english, chinese in {**ZH, **ZH_QUESTIONS}.items()
                    if re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", _CODE.sub(" ", _FIELD.sub(
                        " ", english))) and not _CJK.search(chinese)]
    assert untranslated == []


def test_declarations_agree_across_assignments():
    """The same English in two assignments' catalogs has the same Chinese."""
    seen, clashes = dict(COMMON), []
    for entries in BY_ASSIGNMENT.values():
        for english, chinese in entries.items():
            if seen.setdefault(english, chinese) != chinese:
                clashes.append(english)
    assert clashes == []


def test_tr_follows_the_language():
    template = "relative error {error:.1e} is above the limit of {limit:g}"
    assert tr(template, error=0.5, limit=1e-7) == "relative error 5.0e-01 is above the limit of 1e-07"
    with language("zh"):
        chinese = tr(template, error=0.5, limit=1e-7)
        assert i18n.current() == "zh"
    assert i18n.current() == "en"
    assert "5.0e-01" in chinese and "1e-07" in chinese and _CJK.search(chinese)
    assert tr(template, "zh", error=0.5, limit=1e-7) == chinese


def test_declared_follows_the_language():
    some_advice = next(text for text, where in declared_texts().items() if "advice" in where)
    assert declared(some_advice) == some_advice
    assert declared(some_advice, "zh") == ZH_QUESTIONS[some_advice]


def test_worker_sentences_in_chinese():
    contract = ("`softmax` is not defined at the top level of the notebook (expected a "
                "function named `softmax`; did its cell raise an error?)")
    with language("zh"):
        chinese = worker_text(contract)
        stub = worker_text("NotImplementedError: the stub has not been filled in yet "
                           "(line 3 of the cell that begins `def softmax(a):`)")
    assert _CJK.search(chinese) and code_spans(chinese) == code_spans(contract)
    assert "NotImplementedError" in stub and "`def softmax(a):`" in stub and _CJK.search(stub)
    assert worker_text(contract) == contract   # English outside a Chinese block


def test_chinese_declared_texts_are_distinct():
    """Two declared texts never share a Chinese (the class report maps it back: english())."""
    by_chinese = {}
    for english, chinese in ZH_QUESTIONS.items():
        by_chinese.setdefault(chinese, []).append(english)
    assert {chinese: texts for chinese, texts in by_chinese.items() if len(texts) > 1} == {}
    assert all(i18n.english(chinese) == english for english, chinese in ZH_QUESTIONS.items())


def test_the_dependency_note_follows_the_language():
    from autograder.dependencies import dependency_note
    assignment = load_assignment("hw3_neuron")
    question = assignment.question("neuron")
    english = dependency_note(assignment, question)
    with language("zh"):
        chinese = dependency_note(assignment, question)
    assert "`sigmoid` (which returns values in (0, 1), same shape as `x`)" in english
    assert "`sigmoid`（它返回 (0, 1) 内的值，形状与 `x` 相同）" in chinese
    assert not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", _CODE.sub(" ", chinese))
