"""Both languages from the one source: nothing in one language only, the same code in both.

The rules (languages.py, select_language.py) are tried on small sources written here; the
committed sources and notebooks are then held to them.
"""
import ast

import jupytext
import nbformat
import pytest

from autograder.generate.languages import code_differences, has_cjk, split_code
from autograder.generate.select_language import check_pairs

from build_facts import ROOT, code_cells

LANG_NOTEBOOK = {"en": "{id}.ipynb", "zh": "{id}.zh.ipynb"}


def generated(kind, assignment_id, lang):
    path = ROOT / kind / assignment_id / LANG_NOTEBOOK[lang].format(id=assignment_id)
    return nbformat.read(path, as_version=4)


def source_notebook(text):
    return jupytext.reads(text, fmt="py:percent")


# --- the rules, on small sources ---------------------------------------------------------

def test_an_english_cell_without_its_chinese_twin_is_refused():
    nb = source_notebook('# %% [markdown]\n# Hello\n\n# %%\nx = 1\n')
    with pytest.raises(ValueError, match="no Chinese twin"):
        check_pairs(nb)


def test_a_chinese_cell_without_its_english_cell_is_refused():
    nb = source_notebook('# %%\nx = 1\n\n# %% [markdown] lang="zh"\n# 你好\n')
    with pytest.raises(ValueError, match="twin of no English cell"):
        check_pairs(nb)


def test_a_chinese_twin_without_chinese_text_is_refused():
    nb = source_notebook('# %% [markdown]\n# Hello\n\n# %% [markdown] lang="zh"\n# Hello\n')
    with pytest.raises(ValueError, match="no Chinese text"):
        check_pairs(nb)


CELL = '''# x**3 has slope 12 at 2;
# the error is h**2.
# zh: x**3 在 2 处的斜率是 12，误差是 h**2 量级。
assert abs(s - 12) < 1e-6, (
    f"got {s}, expected 12")
    # zh> f"应为 12，得到的是 {s}")
print("ok")'''


def test_chinese_comments_and_lines_replace_the_english_ones():
    assert split_code(CELL, "en") == (
        '# x**3 has slope 12 at 2;\n# the error is h**2.\nassert abs(s - 12) < 1e-6, (\n'
        '    f"got {s}, expected 12")\nprint("ok")')
    assert split_code(CELL, "zh") == (
        '# x**3 在 2 处的斜率是 12，误差是 h**2 量级。\nassert abs(s - 12) < 1e-6, (\n'
        '    f"应为 12，得到的是 {s}")\nprint("ok")')


@pytest.mark.parametrize("english, chinese", [
    ('y = x / (2 * h)', 'y = x / 2 * h'),                       # a formula changed
    ('print(f"got {s}")', 'print(f"得到 {s + 1}")'),             # a placeholder changed
    ('plt.plot(x, "--")', 'plt.plot(x, "-.")'),                  # a non-text string changed
    ('assert a, "bad"', 'assert b, "错误"'),                      # a name changed
    ('print("a")', 'print("甲")\nprint("乙")'),                   # a statement added
])
def test_code_differences_beyond_translated_text_are_found(english, chinese):
    assert code_differences(english, chinese)


def test_translated_strings_and_reordered_placeholders_are_the_same_code():
    assert code_differences('print(f"got {a}, expected {b}")',
                            'print(f"应为 {b}，得到的是 {a}")') == []


@pytest.mark.parametrize("cell", [
    "x = 1\n# zh: 孤立的中文注释",               # under no comment
    "# a comment\n# zh> x = 2",                  # a text line under a comment
    "# a comment\n# zh: no Chinese here",        # marked Chinese, no Chinese
])
def test_misplaced_chinese_lines_are_refused(cell):
    with pytest.raises(ValueError):
        split_code(cell, "zh")


# --- the committed sources and notebooks -------------------------------------------------

def test_every_markdown_cell_of_the_source_has_its_twin(assignment_id):
    check_pairs(jupytext.read(ROOT / "solutions" / assignment_id / "source.py"), assignment_id)


@pytest.mark.parametrize("kind", ["solutions", "assignments"])
def test_both_languages_have_the_same_cells(assignment_id, kind):
    english, chinese = (generated(kind, assignment_id, lang) for lang in ("en", "zh"))
    def layout(nb):  # a markdown twin has an id of its own; a code cell is shared
        return [(c.cell_type, c.id if c.cell_type == "code" else None) for c in nb.cells]
    assert layout(english) == layout(chinese)
    assert [c.metadata.get("nngrader") for c in english.cells] == [
        c.metadata.get("nngrader") for c in chinese.cells]


@pytest.mark.parametrize("kind", ["solutions", "assignments"])
def test_chinese_code_is_the_english_code(assignment_id, kind):
    english, chinese = (generated(kind, assignment_id, lang) for lang in ("en", "zh"))
    for en_cell, zh_cell in zip(code_cells(english), code_cells(chinese)):
        assert code_differences(en_cell.source, zh_cell.source) == [], zh_cell.id
        # a comment-free cell (a stub, a reference paste) is byte-identical
        if not any(line.lstrip().startswith("#") for line in en_cell.source.splitlines()) \
                and not has_cjk(zh_cell.source):
            assert en_cell.source == zh_cell.source


def test_the_chinese_student_notebook_has_every_check(assignment_id):
    english, chinese = (generated("assignments", assignment_id, lang) for lang in ("en", "zh"))
    for role in ("check", "setup"):
        en = [c.source for c in code_cells(english, role)]
        zh = [c.source for c in code_cells(chinese, role)]
        assert len(en) == len(zh) and en, role
    setup = next(c.source for c in code_cells(chinese, "setup"))
    assert has_cjk(setup)  # a failed check speaks Chinese in the Chinese notebook


def test_every_chinese_teaching_cell_is_chinese(assignment_id):
    english, chinese = (generated("assignments", assignment_id, lang) for lang in ("en", "zh"))
    for en_cell, zh_cell in zip(english.cells, chinese.cells):
        if zh_cell.cell_type == "markdown":
            assert has_cjk(zh_cell.source), zh_cell.source[:80]
            assert not has_cjk(en_cell.source), en_cell.source[:80]


def test_chinese_code_cells_carry_no_english_comment_left_untranslated(assignment_id):
    """A comment the source translates is gone from the Chinese notebook."""
    english, chinese = (generated("assignments", assignment_id, lang) for lang in ("en", "zh"))
    for en_cell, zh_cell in zip(code_cells(english), code_cells(chinese)):
        if has_cjk(zh_cell.source):
            ast.parse(zh_cell.source)
            assert en_cell.source != zh_cell.source
