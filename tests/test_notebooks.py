"""Reading submissions (autograder/notebooks.py): .ipynb and .py files -> code cells.

Magics and shell escapes become `pass`; a file that cannot be graded raises SubmissionError
with a message a student can act on (it becomes the feedback of every question).
"""
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # plain `pytest` would find tests/reference/ as `reference`
    sys.path.insert(0, str(REPO))

from autograder.notebooks import (MAX_SUBMISSION_BYTES, SubmissionError,  # noqa: E402
                                  neutralise_magics, read_cells)


def notebook(*cells, **extra):
    return {"cells": list(cells), "metadata": {}, "nbformat": 4, "nbformat_minor": 5, **extra}


def code(source):
    return {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
            "source": source}


def markdown(source):
    return {"cell_type": "markdown", "metadata": {}, "source": source}


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content)
    else:
        path.write_text(json.dumps(content))
    return path


# -- notebooks -----------------------------------------------------------------------------

def test_ipynb_code_cells_in_order_counted_from_one(tmp_path):
    path = write(tmp_path, "sub.ipynb", notebook(
        markdown("# Title"), code("a = 1"), {"cell_type": "raw", "source": "raw text"},
        code(["def f(x):\n", "    return x\n"]), markdown(["more"]), code("")))
    cells = read_cells(path)
    assert [cell.index for cell in cells] == [1, 2, 3]
    assert [cell.source for cell in cells] == ["a = 1", "def f(x):\n    return x", ""]


def test_ipynb_outputs_and_metadata_are_ignored(tmp_path):
    cell = code("x = 2")
    cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "junk"}]
    cell["metadata"] = {"tags": ["solution"]}
    assert [c.source for c in read_cells(write(tmp_path, "s.ipynb", notebook(cell)))] == ["x = 2"]


def test_an_ipynb_that_is_not_utf8_is_read_with_replacements(tmp_path):
    data = json.dumps(notebook(code("s = 'caf\u00e9'"))).encode().replace(b"caf", b"\xff\xfe")
    cells = read_cells(write(tmp_path, "s.ipynb", data))
    assert len(cells) == 1


# -- percent-format scripts ----------------------------------------------------------------

def test_py_percent_cells_and_markdown_cells(tmp_path):
    text = ("import numpy as np\n\n"
            "# %% [markdown]\n# Some prose\n\n"
            "# %%\ndef f(x):\n    return x\n\n"
            "# %% tags=[\"solution\"]\ny = 2\n"
            "# %% [md]\n# more prose\n"
            "# %%\n\n\n")
    cells = read_cells(write(tmp_path, "sub.py", text))
    assert [cell.source.strip() for cell in cells] == ["import numpy as np",
                                                      "def f(x):\n    return x", "y = 2"]
    assert [cell.index for cell in cells] == [1, 2, 3]


def test_a_plain_script_is_one_cell(tmp_path):
    cells = read_cells(write(tmp_path, "plain.py", "a = 1\n\nb = a + 1\n"))
    assert len(cells) == 1 and "b = a + 1" in cells[0].source


def test_a_marker_must_start_the_line(tmp_path):
    cells = read_cells(write(tmp_path, "s.py", "x = '# %% not a marker'\n  # %% indented\n"))
    assert len(cells) == 1


# -- magics and shell escapes --------------------------------------------------------------

@pytest.mark.parametrize("line", ["%matplotlib inline", "!pip install numpy",
                                  "%load_ext autoreload", "%run /work/main/reference/gradients.py",
                                  "!rm -rf / --no-preserve-root"])
def test_line_magics_and_shell_escapes_become_pass(line):
    source = f"x = 1\n{line}\ny = 2"
    neutral = neutralise_magics(source)
    compile(neutral, "<cell>", "exec")
    assert neutral.splitlines()[1].startswith("pass  #")
    assert neutral.splitlines()[0] == "x = 1" and neutral.splitlines()[2] == "y = 2"


def test_indented_magics_keep_their_indentation():
    neutral = neutralise_magics("for i in range(2):\n    !echo $i\n    %time f(i)\nz = 1")
    compile(neutral, "<cell>", "exec")
    assert neutral.splitlines()[1:3] == ["    pass  # echo $i", "    pass  # time f(i)"]


def test_cell_magics_drop_their_first_line_and_keep_the_body():
    assert neutralise_magics("%%time\nx = 1\ny = x + 1") == "x = 1\ny = x + 1"
    assert neutralise_magics("  %%capture out\nz = 3") == "z = 3"


def test_percent_inside_code_is_left_alone():
    source = "a = 7 % 3\ntext = '%d items' % 4\nb = not a != 2"
    assert neutralise_magics(source) == source


def test_magics_are_neutralised_in_both_formats(tmp_path):
    nb = read_cells(write(tmp_path, "m.ipynb", notebook(code("%matplotlib inline\nx = 1"))))
    py = read_cells(write(tmp_path, "m.py", "# %%\n!pip install foo\nx = 1\n"))
    for cells in (nb, py):
        compile(cells[0].source, "<cell>", "exec")
        assert "pass  #" in cells[0].source


# -- files that cannot be graded -----------------------------------------------------------

@pytest.mark.parametrize("name, content, message", [
    ("empty.ipynb", b"", "empty.ipynb is empty"),
    ("empty.py", b"", "empty.py is empty"),
    ("text.ipynb", "This is not JSON at all.", "text.ipynb is not a Jupyter notebook (not "
                                               "valid JSON: Expecting value at line 1)"),
    ("cut.ipynb", json.dumps(notebook(code("x = 1")))[:40], "not valid JSON"),
    ("list.ipynb", [1, 2, 3], "no list of cells; only nbformat 4 notebooks are graded"),
    ("nb3.ipynb", {"nbformat": 3, "worksheets": [{"cells": []}]}, "only nbformat 4"),
    ("cells.ipynb", {"cells": "not a list"}, "no list of cells"),
    ("cell.ipynb", notebook("just a string"), "cell.ipynb: cell 1 is not a notebook cell"),
    ("source.ipynb", notebook(markdown("m"), code(42)),
     "source.ipynb: cell 2 has a source that is not text"),
    ("lines.ipynb", notebook(code(["ok", 3])), "has a source that is not text"),
    ("nested.ipynb", "[" * 100_000 + "]" * 100_000, "its JSON is nested too deeply"),
    ("answers.txt", "def softmax(x): ...", "expected a .ipynb notebook or a .py script"),
    ("answers.pdf", b"%PDF-1.4", "expected a .ipynb notebook or a .py script"),
])
def test_unreadable_submissions_say_why(tmp_path, name, content, message):
    path = write(tmp_path, name, content)
    with pytest.raises(SubmissionError) as error:
        read_cells(path)
    assert message in str(error.value)


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(SubmissionError, match="cannot read gone.ipynb: No such file"):
        read_cells(tmp_path / "gone.ipynb")


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.py"
    with open(path, "wb") as stream:
        stream.truncate(MAX_SUBMISSION_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(SubmissionError, match="more than the 20971520 a submission may have"):
        read_cells(path)


def test_the_builds_otter_cells_are_not_run_when_grading():
    from autograder.build.otter_public import CHECK, INIT
    from autograder.notebooks import is_otter_cell

    assert is_otter_cell(INIT.format(id="hw1_gradients"))
    assert is_otter_cell(CHECK.format(question="softmax"))


def test_code_cannot_hide_in_an_otter_cell():
    from autograder.notebooks import is_otter_cell

    assert not is_otter_cell("import os")
    assert not is_otter_cell('grader.check("softmax")\nimport shutil')
    assert not is_otter_cell('import otter\nx = 1')
