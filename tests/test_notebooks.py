"""Reading submissions (autograder/notebooks.py): .ipynb and .py files -> code cells.

Magics, shell lines and help become `get_ipython()` calls, as IPython makes them, and the
worker's `get_ipython()` runs no command; a file that cannot be graded raises SubmissionError
with a message a student can act on (it becomes the feedback of every question).
"""
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # plain `pytest` would find tests/reference/ as `reference`
    sys.path.insert(0, str(REPO))

from autograder import notebooks  # noqa: E402
from autograder.cell_syntax import as_python  # noqa: E402
from autograder.notebooks import MAX_FILE_BYTES, SubmissionError, read_cells  # noqa: E402
from autograder.worker import ipython_names  # noqa: E402


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
    assert [cell.source for cell in cells] == ["a = 1", "def f(x):\n    return x\n", ""]


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


def test_a_byte_order_mark_is_not_code(tmp_path):
    bom = "\ufeff".encode()
    py = read_cells(write(tmp_path, "s.py", bom + b"# %%\nx = 1\n\n# %%\ny = 2\n"))
    nb = read_cells(write(tmp_path, "s.ipynb", bom + json.dumps(notebook(code("x = 1"))).encode()))
    assert [cell.source.strip() for cell in py] == ["x = 1", "y = 2"]
    assert [cell.source for cell in nb] == ["x = 1"]


def test_windows_line_ends_in_a_script(tmp_path):
    cells = read_cells(write(tmp_path, "s.py", b"# %%\r\nx = 1\r\n# %% [markdown]\r\n# m\r\n"
                                               b"# %%\r\ny = 2\r\n"))
    assert [cell.source.strip() for cell in cells] == ["x = 1", "y = 2"]


NBCONVERT = """#!/usr/bin/env python
# coding: utf-8

# # Title
# some prose

# In[1]:


import numpy as np
get_ipython().run_line_magic('matplotlib', 'inline')


# In[ ]:


def f(x):
    return x

# More prose, from a markdown cell

# In[3]:




# In[12]:


get_ipython().run_cell_magic('time', '', '%time y = f(2)\\n')
"""


def test_nbconvert_scripts_are_split_at_their_in_markers(tmp_path):
    cells = read_cells(write(tmp_path, "s.py", NBCONVERT))
    assert [cell.index for cell in cells] == [1, 2, 3, 4]
    assert cells[0].source == ("import numpy as np\n"
                               "get_ipython().run_line_magic('matplotlib', 'inline')")
    assert cells[1].source.startswith("def f(x):\n    return x\n")
    assert cells[2].source == ""
    assert cells[3].source == ("get_ipython().run_cell_magic('time', '', "
                               "\"get_ipython().run_line_magic('time', 'y = f(2)')\\n\")\n")
    namespace = run_in_worker_namespace("\n".join(cell.source for cell in cells[1:]))
    assert namespace["y"] == 2


def test_a_script_with_code_before_its_first_in_marker_keeps_it(tmp_path):
    cells = read_cells(write(tmp_path, "s.py", "import os\n\n# In[1]:\n\nx = 1\n"))
    assert [cell.source for cell in cells] == ["import os", "x = 1"]


# -- what a submission may hold --------------------------------------------------------------

def test_saved_outputs_do_not_count(tmp_path, monkeypatch):
    monkeypatch.setattr(notebooks, "MAX_CODE_CHARACTERS", 100)
    cell = code("x = 2")
    cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["y" * 99, "\n"] * 10},
                       {"output_type": "display_data", "metadata": {},
                        "data": {"image/png": "A" * 1000, "text/plain": ["<Figure>"]}}]
    attached = markdown("![x](attachment:x.png)")
    attached["attachments"] = {"x.png": {"image/png": "A" * 1000}}
    path = write(tmp_path, "s.ipynb", notebook(attached, cell))
    assert path.stat().st_size > 3000
    assert [c.source for c in read_cells(path)] == ["x = 2"]


def test_the_code_is_limited(tmp_path, monkeypatch):
    monkeypatch.setattr(notebooks, "MAX_CODE_CHARACTERS", 100)
    path = write(tmp_path, "s.ipynb", notebook(code("x = 1\n" * 10), code("# " + "y" * 50)))
    with pytest.raises(SubmissionError, match="s.ipynb has 112 characters of code, more than "
                                              "the 100 a submission may have"):
        read_cells(path)


def test_the_number_of_cells_is_limited(tmp_path, monkeypatch):
    monkeypatch.setattr(notebooks, "MAX_CODE_CELLS", 3)
    path = write(tmp_path, "s.py", "# %%\nx = 1\n" * 4)
    with pytest.raises(SubmissionError, match="s.py has 4 code cells, more than the 3 a "
                                              "submission may have"):
        read_cells(path)
    assert len(read_cells(write(tmp_path, "t.py", "# %%\nx = 1\n" * 3))) == 3


def test_a_file_is_never_read_past_the_limit(tmp_path, monkeypatch):
    """The read itself is bounded: a file that says it is small but is not is refused."""
    monkeypatch.setattr(notebooks, "MAX_FILE_BYTES", 1000)
    with pytest.raises(SubmissionError, match="larger than the 1000 bytes"):
        read_cells(write(tmp_path, "s.py", "x = 1\n" * 200))
    assert len(read_cells(write(tmp_path, "t.py", "x = 1\n" * 100))) == 1


# -- magics, shell lines and help, the way IPython rewrites them ----------------------------

@pytest.mark.parametrize("line, call", [
    ("%matplotlib inline", "get_ipython().run_line_magic('matplotlib', 'inline')"),
    ("!pip install numpy", "get_ipython().system('pip install numpy')"),
    ("%load_ext autoreload", "get_ipython().run_line_magic('load_ext', 'autoreload')"),
    ("%run ../reference/gradients.py",
     "get_ipython().run_line_magic('run', '../reference/gradients.py')"),
    ("!rm -rf / --no-preserve-root", "get_ipython().system('rm -rf / --no-preserve-root')"),
    ("files = !ls", "files = get_ipython().getoutput('ls')"),
    ("np.exp?", "get_ipython().run_line_magic('pinfo', 'np.exp')"),
    ("np.exp??", "get_ipython().run_line_magic('pinfo2', 'np.exp')"),
    ("%time y = f(2)", "get_ipython().run_line_magic('time', 'y = f(2)')"),
])
def test_magics_shell_lines_and_help_become_get_ipython_calls(line, call):
    python = as_python(f"x = 1\n{line}\ny = 2")
    compile(python, "<cell>", "exec")
    assert python.split("\n")[:3] == ["x = 1", call, "y = 2"]


def test_indented_magics_keep_their_indentation():
    python = as_python("for i in range(2):\n    !echo $i\n    %time f(i)\nz = 1")
    compile(python, "<cell>", "exec")
    assert python.split("\n")[1:3] == ["    get_ipython().system('echo $i')",
                                       "    get_ipython().run_line_magic('time', 'f(i)')"]


def test_a_cell_magic_becomes_one_call_and_a_python_body_is_rewritten_too():
    assert as_python("%%time\nx = 1\n%matplotlib inline\n") == (
        "get_ipython().run_cell_magic('time', '', "
        "\"x = 1\\nget_ipython().run_line_magic('matplotlib', 'inline')\\n\")\n")
    assert as_python("%%bash\n!ls\n") == "get_ipython().run_cell_magic('bash', '', '!ls\\n')\n"


@pytest.mark.parametrize("source", [
    'a = 7 % 3\ntext = "%d items" % 4\nb = not a != 2',
    'message = (\n    "%d rows of %s"\n    % (3, "x")\n)',          # Black's style
    'same = (1\n        != 2)',
    'total = 7 \\\n    % 3\nsame = 1 \\\n    != 2',
    's = """\n%d\n!x\nwhat?\n"""',
    'x = 1  # why?  not help, a comment',
])
def test_python_that_looks_like_a_magic_stays_as_written(source):
    assert as_python(source) == source


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x0c", "\x0b", "\x85", "\x1c"])
def test_only_newline_ends_a_line(tmp_path, separator):
    """Python ends a line at \\n only; str.splitlines would also break at these."""
    source = (f"# a note{separator}%matplotlib inline (\n"
              f"s = 'one{separator}!two'\n"
              "%time t = 1")
    python = as_python(source)
    assert python.split("\n")[:2] == source.split("\n")[:2]
    namespace = run_in_worker_namespace(python)
    assert namespace["s"] == f"one{separator}!two" and namespace["t"] == 1
    for cells in (read_cells(write(tmp_path, "s.ipynb", notebook(code(source)))),
                  read_cells(write(tmp_path, "s.py", "# %%\n" + source + "\n"))):
        assert [cell.source for cell in cells] == [python]


def test_cells_beyond_the_transform_budget_are_left_as_written(tmp_path, monkeypatch):
    """IPython re-reads a whole cell per magic; a flood of magics is not rewritten."""
    flood = "x = 1\n" + "!ls\n" * 50
    monkeypatch.setattr(notebooks, "TRANSFORM_BUDGET", 10 * len(flood))
    cells = read_cells(write(tmp_path, "s.ipynb", notebook(code("%matplotlib inline"),
                                                           code(flood))))
    assert cells[0].source.startswith("get_ipython()")
    assert cells[1].source == flood


# -- the worker's IPython names: get_ipython() and display() --------------------------------

def run_in_worker_namespace(python):
    namespace = {"__name__": "__main__"}
    ipython_names.install(namespace)
    exec(compile(python, "<cell 1>", "exec"), namespace)
    return namespace


def run_cells_in_worker_namespace(*cells):
    return run_in_worker_namespace("\n".join(as_python(cell) for cell in cells))


def test_shell_lines_run_nothing(tmp_path):
    target = tmp_path / "touched"
    namespace = run_cells_in_worker_namespace(
        f"!touch {target}\nfiles = !touch {target}; ls\n%system touch {target}",
        f"%%bash\ntouch {target}\n", f"%%script sh\ntouch {target}\n",
        f"%%writefile {target}\nx = 1\n")
    assert not target.exists()
    assert namespace["files"] == [] and namespace["files"].n == ""


def test_magics_with_python_code_run_it_once_in_the_notebook():
    namespace = run_in_worker_namespace(
        as_python("%time y = 2\n%timeit -n 10 -r 1 z = y + 1\n%prun -l 3 w = z + 1") + "\n"
        + as_python("%%time\nv = w + 1\n") + "\n"
        + as_python("%%timeit -n 1 u = v + 1\nq = u + 1") + "\n"
        + as_python("%%capture out\ncaptured = q + 1\n"))
    assert [namespace[name] for name in "yzwvuq"] == [2, 3, 4, 5, 6, 7]
    assert namespace["captured"] == 8 and namespace["out"].stdout == ""


def test_a_magic_inside_a_function_sees_its_locals():
    namespace = run_in_worker_namespace(as_python(
        "def f(a):\n    %time b = a * 2\n    files = !ls\n    return a, files\nr = f(3)"))
    assert namespace["r"] == (3, [])


def test_other_magics_and_help_do_nothing():
    namespace = run_in_worker_namespace(as_python(
        "%matplotlib inline\n%load_ext autoreload\n%autoreload 2\nnp = None\nnp?\n"
        "%run /etc/passwd\nx = get_ipython().magic('pylab')") + "\n"
        "get_ipython().enable_matplotlib('inline')\n")
    assert namespace["x"] is None


def test_display_prints_a_repr_and_never_raises(capsys):
    class BadRepr:
        def __repr__(self):
            raise ValueError("no repr")

    namespace = {"BadRepr": BadRepr}
    ipython_names.install(namespace)
    exec("display([1, 2], BadRepr(), display_id=True)", namespace)
    assert capsys.readouterr().out == "[1, 2]\n"

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
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(SubmissionError, match=f"larger than the {MAX_FILE_BYTES} bytes a "
                                              "submission file may have"):
        read_cells(path)


def test_the_builds_otter_cells_are_not_run_when_grading():
    # the cells of notebooks built before the public checks left otter (still submitted)
    from autograder.notebooks import is_otter_cell

    assert is_otter_cell('# Otter-Grader: grader.check("<question>") runs the public checks.\n'
                         'import os\nimport otter\ngrader = otter.Notebook("hw1_gradients.ipynb" '
                         'if os.path.exists("hw1_gradients.ipynb") else None)')
    assert is_otter_cell('grader.check("softmax")')


def test_code_cannot_hide_in_an_otter_cell():
    from autograder.notebooks import is_otter_cell

    assert not is_otter_cell("import os")
    assert not is_otter_cell('grader.check("softmax")\nimport shutil')
    assert not is_otter_cell('import otter\nx = 1')
