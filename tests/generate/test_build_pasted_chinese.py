"""The code the build pastes into a Chinese notebook carries Chinese docstrings and text.

The Chinese lives in autograder/i18n/zh_pasted/ (one module per pasted module);
generate/pasted_chinese.py puts it in place. Held here: every definition a source pastes
has its Chinese docstring, no entry translates nothing, the code stays the same, and the
English notebooks keep the reference's own docstrings.
"""
import ast
import re

import nbformat
import pytest

from autograder.generate import directives
from autograder.generate.pasted_chinese import documented, in_chinese
from autograder.generate.reference_source import get_source
from autograder.generate.languages import has_cjk
from autograder.i18n import zh_pasted

from build_facts import ASSIGNMENTS, ROOT, code_cells


def pasted_targets():
    """(assignment, dotted target) for every solution / given directive of every source."""
    found = []
    for assignment_id in ASSIGNMENTS:
        text = (ROOT / "solutions" / assignment_id / "source.py").read_text(encoding="utf-8")
        for line in text.splitlines():
            directive = directives.parse(line) if line.startswith(directives.PREFIX) else None
            if directive is not None and directive.kind in ("solution", "given"):
                found += [(assignment_id, target) for target in directive.targets]
    return found


TARGETS = sorted({target for _, target in pasted_targets()})


def docstring_of(source):
    (node,) = ast.parse(source).body
    return ast.get_docstring(node, clean=True)


def docstrings(target):
    """{dotted name: English docstring} of a pasted definition and of its methods."""
    source = get_source(ROOT, target)
    module = target.rsplit(".", 1)[0]
    return {f"{module}.{name}": ast.get_docstring(_definition(source, name))
            for name, _ in documented(source)}


def _definition(source, name):
    node = ast.parse(source).body[0]
    for part in name.split(".")[1:]:
        node = next(n for n in node.body if getattr(n, "name", None) == part)
    return node


@pytest.mark.parametrize("target", TARGETS)
def test_every_pasted_docstring_has_its_chinese(target):
    english = get_source(ROOT, target)
    assert docstring_of(english), f"{target} has no docstring to translate"
    chinese_source = in_chinese(english, target)
    for dotted in docstrings(target):
        chinese = zh_pasted.docstring(dotted)
        assert chinese and has_cjk(chinese), f"{dotted}: no Chinese docstring in zh_pasted/"
        name = dotted[len(target.rsplit(".", 1)[0]) + 1:]
        assert ast.get_docstring(_definition(chinese_source, name)) == chinese.strip("\n")


def test_no_entry_translates_nothing():
    pasted = {target: get_source(ROOT, target) for target in TARGETS}
    documented_names = {dotted for target in TARGETS for dotted in docstrings(target)}
    for module, entries in zh_pasted.BY_MODULE.items():
        for name in entries.DOCSTRINGS:
            assert f"{module}.{name}" in documented_names, \
                f"{module}.{name} is no docstring of a pasted definition"
        lines = {line.strip() for target, source in pasted.items()
                 if target.rsplit(".", 1)[0] == module for line in source.split("\n")}
        for english, chinese in entries.LINES.items():
            assert english in lines, f"{module}: {english!r} is in no pasted definition"
            assert has_cjk(chinese), f"{module}: {chinese!r} holds no Chinese"


def test_the_numbers_and_code_spans_of_a_docstring_are_kept():
    """Shapes and `code` of the English docstring are all in the Chinese one."""
    def kept(text):
        return (set(re.findall(r"`[^`]+`", text)),
                set(re.findall(r"\(\w+(?:, \w+)+\)|\(\w+,\)", text)))  # shapes: (N, C), (2,)
    for target in TARGETS:
        for dotted, english in docstrings(target).items():
            chinese = zh_pasted.docstring(dotted)
            for part_en, part_zh in zip(kept(english), kept(chinese)):
                assert part_en <= part_zh, (dotted, sorted(part_en - part_zh))


SMALL = '''def f(x):
    """Twice x.

    Args:
        x: float array (N,).
    """
    # the doubling
    return 2 * x'''


def test_the_docstring_and_listed_lines_are_replaced_the_code_kept(monkeypatch):
    class Entries:
        MODULE = "reference.small"
        DOCSTRINGS = {"f": "\nx 的两倍。\n\n参数：\n    x: 浮点数组 (N,)。\n"}
        LINES = {"# the doubling": "# 乘以 2"}
    monkeypatch.setitem(zh_pasted.BY_MODULE, "reference.small", Entries)
    assert in_chinese(SMALL, "reference.small.f") == (
        'def f(x):\n    """x 的两倍。\n\n    参数：\n        x: 浮点数组 (N,)。\n    """\n'
        '    # 乘以 2\n    return 2 * x')
    Entries.LINES = {"return 2 * x": "return 3 * x  # 三倍"}
    with pytest.raises(ValueError, match="changes the code"):
        in_chinese(SMALL, "reference.small.f")
    Entries.DOCSTRINGS = {}
    with pytest.raises(LookupError, match="no Chinese docstring"):
        in_chinese(SMALL, "reference.small.f")


def test_a_method_docstring_is_translated_too(monkeypatch):
    class Entries:
        MODULE = "reference.small"
        DOCSTRINGS = {"C": "一个类。", "C.f": "\n方法 f。\n\n返回 (N, 2)。\n"}
        LINES = {}
    monkeypatch.setitem(zh_pasted.BY_MODULE, "reference.small", Entries)
    source = 'class C:\n    """A class."""\n\n    def f(self):\n        """Method f.\n\n' \
             '        Returns (N, 2).\n        """\n        return 1'
    assert in_chinese(source, "reference.small.C") == (
        'class C:\n    """一个类。"""\n\n    def f(self):\n        """方法 f。\n\n'
        '        返回 (N, 2)。\n        """\n        return 1')
    del Entries.DOCSTRINGS["C.f"]
    with pytest.raises(LookupError, match="reference.small.C.f"):
        in_chinese(source, "reference.small.C")


@pytest.mark.parametrize("kind", ["solutions", "assignments"])
def test_each_notebook_shows_the_docstrings_of_its_language(assignment_id, kind):
    for lang, suffix in (("en", ".ipynb"), ("zh", ".zh.ipynb")):
        path = ROOT / kind / assignment_id / f"{assignment_id}{suffix}"
        nb = nbformat.read(path, as_version=4)
        for cell in code_cells(nb):
            if cell.metadata.get("nngrader", {}).get("role") not in ("solution", "given"):
                continue
            for node in ast.parse(cell.source).body:
                if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                    doc = ast.get_docstring(node) or ""
                    assert has_cjk(doc) == (lang == "zh"), (path.name, node.name)
