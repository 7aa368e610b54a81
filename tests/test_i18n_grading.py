"""A submission made from a Chinese notebook, graded with `--lang auto`, gets its known
mistake and advice in Chinese, in the JSON result and on its feedback page; the same
submission made from the English notebook gets them in English."""
import html
import json
from pathlib import Path

import nbformat
import pytest

from autograder.batch import BatchOptions, grade_batch
from autograder.i18n.detect import language_of
from autograder.i18n.zh_questions import ZH_QUESTIONS

KIT = Path(__file__).resolve().parent.parent
SOLVED = KIT / "solutions" / "hw1_gradients" / "hw1_gradients.ipynb"
SOLVED_ZH = KIT / "solutions" / "hw1_gradients" / "hw1_gradients.zh.ipynb"
BUG = KIT / "autograder" / "demo_class" / "hw1_gradients" / "bug_softmax_no_max.py"
MISTAKE = "no max subtraction"


def buggy_notebook(lang_metadata, solved=SOLVED):
    """A solved notebook with the corpus's softmax (no max shift) as its last cell."""
    notebook = nbformat.read(solved, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("import numpy as np\n" + BUG.read_text()))
    notebook.metadata.pop("nngrader", None)  # the build's language metadata: only if asked
    if lang_metadata:
        notebook.metadata["nngrader"] = {"lang": lang_metadata}
    return notebook


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    work = tmp_path_factory.mktemp("i18n")
    paths = []
    for name, lang, solved in (("from_zh", "zh", SOLVED), ("from_en", None, SOLVED),
                               ("from_zh_prose", None, SOLVED_ZH)):
        path = work / f"{name}.ipynb"
        nbformat.write(buggy_notebook(lang, solved), path)
        paths.append(str(path))
    options = BatchOptions("hw1_gradients", work / "out", jobs=2, progress=False, plot=False,
                           lang="auto")
    return work / "out", dict(grade_batch(paths, options))


def softmax_test(result):
    return next(test for test in result["tests"] if test["name"] == "softmax")


def test_chinese_notebook_gets_chinese_feedback(graded):
    outdir, rows = graded
    result = rows["from_zh"]
    assert result["extra_data"]["lang"] == "zh"
    test = softmax_test(result)
    assert test["score"] < test["max_score"]
    name, advice = ZH_QUESTIONS[MISTAKE], ZH_QUESTIONS[
        "subtract each row's maximum before np.exp; exp(1000) overflows."]
    assert test["extra_data"]["mistakes"] == [{"name": name, "advice": advice}]
    assert f"这看起来像一个常见错误——{name}" in test["output"]
    assert "未通过  隐藏用例" in test["output"] and "This looks like" not in test["output"]
    saved = json.loads((outdir / "from_zh.json").read_text())
    assert saved["extra_data"]["lang"] == "zh"
    page = (outdir / "from_zh.html").read_text()
    assert '<html lang="zh">' in page
    assert html.escape(f"常见错误：{name}。") in page and html.escape(advice) in page
    # the question names and result keys stay as they are
    assert [test["name"] for test in result["tests"]][:2] == ["numerical_diff", "numerical_gradient"]


def test_english_notebook_gets_english_feedback(graded):
    outdir, rows = graded
    result = rows["from_en"]
    assert result["extra_data"]["lang"] == "en"
    test = softmax_test(result)
    assert test["extra_data"]["mistakes"][0]["name"] == MISTAKE
    assert f"This looks like a known mistake, {MISTAKE}" in test["output"]
    assert "Known mistake: no max subtraction." in (outdir / "from_en.html").read_text()


def test_the_built_chinese_notebook_is_recognised_by_its_prose(graded):
    """The Chinese notebook as `nngrader build` writes it, without its language metadata."""
    _, rows = graded
    result = rows["from_zh_prose"]
    assert result["extra_data"]["lang"] == "zh"
    assert softmax_test(result)["extra_data"]["mistakes"][0]["name"] == ZH_QUESTIONS[MISTAKE]


def test_class_report_counts_a_mistake_once_across_languages(graded):
    outdir, _ = graded
    report = (outdir / "class_report.html").read_text()
    # two zh results and one en: the report is in Chinese, and all three count in one row
    assert '<html lang="zh">' in report
    assert (f'<td class="number">3</td><td>softmax</td><td><strong>{ZH_QUESTIONS[MISTAKE]}'
            in report)


@pytest.mark.parametrize("metadata, markdown, expected", [
    ({"nngrader": {"lang": "zh"}}, "Gradients", "zh"),
    ({"language": "zh-CN"}, "Gradients", "zh"),
    ({"nngrader": {"lang": "en"}}, "数值微分与梯度" * 20, "en"),
    ({"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "## 数值微分\n用中心差分计算梯度。" * 10, "zh"),
    ({}, "## Numerical gradients\nUse central differences, 数值微分.", "en"),
    ({"language": "python"}, "# Gradients\nThe gradient of f.", "en"),
])
def test_the_language_of_a_notebook(metadata, markdown, expected):
    notebook = nbformat.v4.new_notebook(metadata=metadata)
    notebook.cells = [nbformat.v4.new_markdown_cell(markdown),
                      nbformat.v4.new_code_cell("# 注释：梯度\nx = 1")]
    assert language_of("a.ipynb", nbformat.writes(notebook).encode()) == expected


def test_the_language_of_a_script():
    chinese = "# %% [markdown]\n# ## 数值微分\n# 用中心差分计算每个元素的梯度，步长 h 取 1e-4。\n# %%\nx = 1\n"
    assert language_of("a.py", chinese.encode()) == "zh"
    assert language_of("a.py", b"# %% [markdown]\n# ## Gradients\n# %%\nx = 1\n") == "en"
