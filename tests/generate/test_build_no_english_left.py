"""No English prose is left where a Chinese student reads, and no Chinese in the English.

`english_prose` lists the runs of two or more English words in what a student reads of a
notebook: its markdown, and the comments and strings of its code cells. Code, names and
formulas are not prose: inline code and math are left out, and so are words that are
part of code (`np.log`, `W1`, `x_train`, `softmax(`). In Chinese text some English is
right and stays: an English term glossed beside its Chinese (独热编码（one-hot）), the
titles of cited works (in 《》『』“”), the names of people and licences in `NAMES`, and
the stub marker `# YOUR CODE HERE`, which nbgrader writes and the Chinese text names, and
nbgrader's own markers (`### BEGIN SOLUTION`, `### END HIDDEN TESTS`).
"""
import io
import re
import tokenize

import nbformat
import pytest

from autograder.generate import render
from autograder.generate.languages import has_cjk
from autograder.generate.stubs import STUB

from build_facts import ROOT

WORD = r"(?<![\w.`$\\/-])[A-Za-z][A-Za-z'-]*[A-Za-z](?![\w(`/])"
RUN = re.compile(WORD + r"(?:[ ,;:]+" + WORD + r")+")
NAMES = ("O'Reilly Japan", "Yann LeCun", "Corinna Cortes", "Victor Zhou", "Justin Johnson",
         "CC BY-SA")
NBGRADER_MARKER = re.compile(r"### (BEGIN|END) (SOLUTION|HIDDEN TESTS)$")
NOT_PROSE = [
    re.compile(r"```.*?```|`[^`\n]*`", re.S),              # code
    re.compile(r"\$\$.*?\$\$|\$[^$\n]*\$", re.S),           # formulas
    re.compile(r"\]\([^)]*\)|https?://\S+"),                # link targets
    re.compile(r"\w*\(\w+(?:, \w+)+\)"),                      # a shape or a call (N, C)
    re.compile(r"《[^》]*》|『[^』]*』|“[^”]*”", re.S),      # titles of cited works
    re.compile(r"（[^（）]*）|(?<=[\u4e00-\u9fff*])\([^()]*\)"),  # a gloss beside Chinese
    re.compile(r"\*\*[^*]*\*\*(?=（)"),                      # **term**（术语）
    re.compile("|".join(re.escape(name) for name in NAMES)),
]


def prose_runs(text):
    for pattern in NOT_PROSE:
        text = pattern.sub(" ", text)
    return [match.group(0) for match in RUN.finditer(text)]


def english_prose(nb):
    """(cell index, English run) for every run of English words a student reads."""
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            found += [(index, run) for run in prose_runs(cell.source)]
            continue
        tokens = tokenize.generate_tokens(io.StringIO(cell.source).readline)
        for token in tokens:
            if token.type == tokenize.COMMENT and (token.string.strip() == STUB[0]
                                                   or NBGRADER_MARKER.match(token.string)):
                continue
            if token.type in (tokenize.COMMENT, tokenize.STRING):
                found += [(index, run) for run in prose_runs(token.string)]
    return found


@pytest.mark.parametrize("text, runs", [
    ('print(f"Cost after iteration {i}: {cost:f}")', ["Cost after iteration"]),
    ('# the loss falls', ["the loss falls"]),
    ("每个样本的误差为 `np.log(p + 1e-7)`，$f'(x)$，W1 与 x_train", []),
    ("独热编码（one-hot）与 **mini-batch**（小批量），Yann LeCun 整理", []),
    ("参照《Neural Networks and\nDeep Learning》", []),
    ("计算 loss 之后 check the shape", ["check the shape"]),
    ("形状为 (count, rows, cols)，调用 l1_loss(pred, target)", []),
])
def test_english_runs_are_found_and_code_is_not(text, runs):
    assert prose_runs(text) == runs


@pytest.mark.parametrize("kind", ["solutions", "assignments"])
def test_no_english_prose_in_a_chinese_notebook(assignment_id, kind):
    path = ROOT / kind / assignment_id / f"{assignment_id}.zh.ipynb"
    assert english_prose(nbformat.read(path, as_version=4)) == []


@pytest.mark.parametrize("kind", ["solutions", "assignments"])
def test_no_chinese_in_an_english_notebook(assignment_id, kind):
    path = ROOT / kind / assignment_id / f"{assignment_id}.ipynb"
    assert not has_cjk(path.read_text(encoding="utf-8"))


def test_no_english_prose_in_the_chinese_nbgrader_source(assignment_id):
    """What the Chinese nbgrader class releases: the solved notebook's text, the test cells'
    comments."""
    notebook = nbformat.reads(render(assignment_id, ROOT, "zh")["nbgrader"].decode(), 4)
    assert english_prose(notebook) == []
