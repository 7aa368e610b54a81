"""Notebooks as real editors write them keep their marks (autograder/notebooks.py,
cell_syntax.py, worker/ipython_names.py).

Each form is a variant of the solved hw1_gradients notebook in which the form sits in the
cell that defines a graded function, before its `def` (so the function is only defined if
the form runs as Jupyter runs it). All variants are graded together by `nngrader grade`'s
batch, in the sandbox, and each must get full marks with no cell skipped.
"""
import copy
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # plain `pytest` would find tests/reference/ as `reference`
    sys.path.insert(0, str(REPO))

from autograder.batch import BatchOptions, grade_batch  # noqa: E402
from autograder.questions import load_assignment  # noqa: E402

SOLVED = REPO / "solutions" / "hw1_gradients" / "hw1_gradients.ipynb"
POINTS = {question.name: question.points
          for question in load_assignment("hw1_gradients").questions}
OUTPUT_PER_CELL = 3 * 1024 * 1024  # characters of saved output in every code cell

# what goes before the `def` of a graded function, per variant: {def prefix: lines}
BLACK_PERCENT = {"def softmax(": (
    '_label = (\n    "softmax over %d axis of %s"\n    % (1, "rows")\n)\n'
    "_rest = 7 \\\n    % 3\n")}
NOT_EQUAL = {"def cross_entropy_error(": (
    "_differs = (1\n            != 2)\n_same = 1 \\\n    != 1\n")}
LINE_SEPARATOR = {"def numerical_diff(": (
    '# a note\u2028that goes on (\n_text = "one\u2028two ("\nassert len(_text) == 9\n')}
FORM_FEED = {"def numerical_diff(": (
    '# page one\x0cpage two (\n_text = "one\x0ctwo ("\nassert len(_text) == 9\n'
    "# tab\x0bstop (\n")}
SHELL_AND_HELP = {"def numerical_gradient(": "files = !ls\nnp.exp?\nnp.sum??\n"}
DISPLAY = {"def gradient_descent(": "display(np.arange(3), 'text')\n"}
IPYTHON_DISPLAY = {"def softmax(": (
    "from IPython.display import HTML, Markdown, display\n"
    'display(HTML("<b>bold</b>"), Markdown("*em*"))\n')}
MAGICS = {"import numpy as np": "%matplotlib inline\n",
          "class SimpleNet": "%%time\n%time _warm = 2.0\nassert _warm == 2.0\n",
          "def cross_entropy_error(": "%timeit -n 1 -r 1 _x = 1\n"}


def solved_notebook():
    return json.loads(SOLVED.read_text())


def with_lines_before(notebook, insertions):
    """A copy of `notebook` whose cell starting with each key gets the lines before it."""
    notebook = copy.deepcopy(notebook)
    for prefix, lines in insertions.items():
        (cell,) = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"
                   and "".join(cell["source"]).startswith(prefix)]
        cell["source"] = lines + "".join(cell["source"])
    return notebook


def ipynb(notebook):
    return json.dumps(notebook, indent=1).encode()


def nbconvert_script(notebook):
    """What `jupyter nbconvert --to script` writes for `notebook`, once it has been run in
    a Python kernel (which records the language that picks nbconvert's Python exporter)."""
    import nbformat
    from nbconvert import ScriptExporter

    node = nbformat.reads(json.dumps(notebook), 4)
    node.metadata["language_info"] = {  # as ipykernel writes it
        "codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
        "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
        "pygments_lexer": "ipython3", "version": "3.11.7"}
    script, _ = ScriptExporter().from_notebook_node(node)
    return script


def percent_script(notebook):
    import jupytext

    return jupytext.writes(jupytext.reads(json.dumps(notebook), fmt="ipynb"), fmt="py:percent")


def with_lines_before_in_script(script, insertions):
    """The same insertions into a script's text (jupytext itself would split the lines at
    a form feed, so they are added after it has written the script)."""
    for prefix, lines in insertions.items():
        assert script.count("\n" + prefix) == 1
        script = script.replace("\n" + prefix, "\n" + lines + prefix)
    return script


def with_saved_outputs(notebook):
    """Every code cell carries OUTPUT_PER_CELL characters of printed output."""
    notebook = copy.deepcopy(notebook)
    line = "0.1234567890 " * 6 + "\n"
    text = [line] * (OUTPUT_PER_CELL // len(line))
    for count, cell in enumerate(c for c in notebook["cells"] if c["cell_type"] == "code"):
        cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": text}]
        cell["execution_count"] = count + 1
    return notebook


def nbconvert_with_magics(solved):
    script = nbconvert_script(with_lines_before(solved, {**MAGICS, **SHELL_AND_HELP}))
    assert "# In[" in script and "get_ipython().run_cell_magic('time'" in script
    assert "get_ipython().getoutput('ls')" in script
    return script.encode()


def bom_percent(solved):
    """A percent script that starts with a code cell's marker (no jupytext header, as
    editors such as VS Code write it), saved with a byte-order mark."""
    percent = percent_script(solved)
    percent = percent[percent.index("# %%\nimport numpy as np"):]
    assert percent.count("# %%") > 20
    return "\ufeff".encode() + percent.encode()


# file name -> the bytes of that form, from the solved notebook
FORMS = {
    "black_percent.ipynb": lambda nb: ipynb(with_lines_before(nb, BLACK_PERCENT)),
    "not_equal.ipynb": lambda nb: ipynb(with_lines_before(nb, NOT_EQUAL)),
    "line_separator.ipynb": lambda nb: ipynb(with_lines_before(nb, LINE_SEPARATOR)),
    "form_feed.ipynb": lambda nb: ipynb(with_lines_before(nb, FORM_FEED)),
    "form_feed_percent.py": lambda nb: with_lines_before_in_script(
        percent_script(nb), FORM_FEED).encode(),
    "shell_and_help.ipynb": lambda nb: ipynb(with_lines_before(nb, SHELL_AND_HELP)),
    "display.ipynb": lambda nb: ipynb(with_lines_before(nb, DISPLAY)),
    "ipython_display.ipynb": lambda nb: ipynb(with_lines_before(nb, IPYTHON_DISPLAY)),
    "magics.ipynb": lambda nb: ipynb(with_lines_before(nb, MAGICS)),
    "nbconvert_script.py": nbconvert_with_magics,
    "bom_percent.py": bom_percent,
    "crlf_percent.py": lambda nb: percent_script(nb).replace("\n", "\r\n").encode(),
    "bom.ipynb": lambda nb: "\ufeff".encode() + ipynb(nb),
    "saved_outputs.ipynb": lambda nb: ipynb(with_saved_outputs(nb)),
}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forms")
    paths = []
    for name, form in FORMS.items():
        (folder / name).write_bytes(form(solved_notebook()))
        paths.append(str(folder / name))
    assert (folder / "saved_outputs.ipynb").stat().st_size > 40 * 1024 * 1024
    rows = grade_batch(paths, BatchOptions("hw1_gradients", folder / "out", jobs=2,
                                           progress=False, plot=False))
    return dict(rows)


@pytest.mark.parametrize("name", [Path(name).stem for name in FORMS])
def test_each_form_gets_full_marks(graded, name):
    result = graded[name]
    assert {test["name"]: test["score"] for test in result["tests"]} == POINTS, \
        result["output"]
    assert "skipped" not in result["output"], result["output"]
