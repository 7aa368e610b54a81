"""A submission file -> the list of its code cells, ready to run as plain Python.

Forms read:
  - `.ipynb`: nbformat-4 JSON, read directly (importing nbformat pulls in a JSON schema
    stack that takes seconds, once per grading process). Saved outputs are never graded:
    they are dropped while the JSON is parsed, and only the code counts against the limits.
  - `.py` in jupytext's percent format: `# %%` starts a cell, `# %% [markdown]` a markdown
    cell (skipped);
  - `.py` written by `jupyter nbconvert --to script`: `# In[ ]:` starts a cell;
  - any other `.py`: one cell.
Files are decoded as UTF-8 with or without a byte-order mark. Lines are split at "\\n"
only, as Python splits them (`str.splitlines` also breaks at U+2028, form feed, ...).
Each cell is then rewritten the way IPython would run it (cell_syntax.py): magics, shell
lines and help become `get_ipython()` calls, which run nothing in the worker.

Limits (a file over them is not graded, and the message says which limit):
  MAX_FILE_BYTES        the raw file, outputs included; never read beyond it
  MAX_CODE_CHARACTERS   the code of all code cells together
  MAX_CODE_CELLS        the number of code cells
"""
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .cell_syntax import as_python, transform_cost
from .i18n import tr

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_CODE_CHARACTERS = 20 * 1024 * 1024
MAX_CODE_CELLS = 2000
# IPython re-tokenizes a whole cell once per magic it rewrites (a dense cell such as
# 300 lines of `!ls` tokenizes at 30,000 to 300,000 characters a second, depending on the
# load), so a submission gets this many characters of that work (transform_cost); cells
# beyond it are left as written, where a magic is then a SyntaxError of that cell. A
# usual notebook needs under 100,000.
TRANSFORM_BUDGET = 1_000_000

_PERCENT_MARKER = re.compile(r"^# %%(\s|$)")
_NBCONVERT_MARKER = re.compile(r"^# In\[[^\]\n]*\]:[ \t]*$")


class SubmissionError(Exception):
    """The file is not a notebook or script that can be graded; the message says why."""


class UnreadableSubmission(SubmissionError):
    """The file could not be read at all (gone, no permission): the grader's problem when
    the batch had found it readable."""


@dataclass(frozen=True)
class Cell:
    index: int          # position among the notebook's code cells, counted from 1
    source: str


def read_cells(path):
    path = Path(path)
    return cells_from_bytes(path.name, read_submission(path))


def read_submission(path):
    """The bytes of the file at `path`, at most MAX_FILE_BYTES of them.

    The read itself is bounded (no size is trusted beforehand), so a larger file, or one
    that grows while it is read, costs at most MAX_FILE_BYTES + 1 bytes of memory. This is
    the one place a submission file is opened.
    """
    path = Path(path)
    try:
        with _open_regular_file(path) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise UnreadableSubmission(tr("cannot read {name}: {reason}", name=path.name,
                                      reason=error.strerror)) from None
    if not data:
        raise SubmissionError(tr("{name} is empty", name=path.name))
    if len(data) > MAX_FILE_BYTES:
        raise SubmissionError(tr("{name} is larger than the {limit} bytes a submission file "
                                 "may have", name=path.name, limit=MAX_FILE_BYTES))
    return data


def cells_from_bytes(name, data):
    """The code cells of the submission named `name` (its suffix says its form)."""
    suffix = Path(name).suffix
    if suffix not in (".py", ".ipynb"):
        raise SubmissionError(tr("{name}: expected a .ipynb notebook or a .py script",
                                 name=name))
    text = data.decode("utf-8-sig", errors="replace")
    if suffix == ".py":
        sources = script_code_cells(text)
    else:
        sources = _ipynb_code_sources(name, text)
    _check_limits(name, sources)
    budget = TRANSFORM_BUDGET
    cells = []
    for number, source in enumerate(sources, start=1):
        if is_otter_cell(source):
            continue
        cost = transform_cost(source)
        if 0 < cost <= budget:
            budget -= cost
            source = as_python(source)
        cells.append(Cell(number, source))
    return cells


def _check_limits(name, sources):
    if len(sources) > MAX_CODE_CELLS:
        raise SubmissionError(tr("{name} has {count} code cells, more than the {limit} a "
                                 "submission may have", name=name, count=len(sources),
                                 limit=MAX_CODE_CELLS))
    characters = sum(len(source) for source in sources)
    if characters > MAX_CODE_CHARACTERS:
        raise SubmissionError(tr("{name} has {count} characters of code, more than the {limit} "
                                 "a submission may have", name=name, count=characters,
                                 limit=MAX_CODE_CHARACTERS))


def _drop_outputs(obj):
    """json object_hook: an output (or an attachment) is dropped as soon as it is parsed,
    so a notebook's saved outputs never sit in memory all at once."""
    if "output_type" in obj:
        return None
    obj.pop("attachments", None)
    return obj


def _open_regular_file(path):
    """A binary stream on the regular file at `path`, opened without following a symbolic
    link (it could lead to a file only the grader may read, or to /dev/zero) and without
    blocking (a FIFO would block the open forever); SubmissionError for anything else."""
    kind = _not_regular(os.lstat(path).st_mode)
    if kind:
        raise SubmissionError(tr("{name} is {kind}, not a regular file: submit the notebook "
                                 "file itself", name=Path(path).name, kind=kind))
    stream = os.fdopen(os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK
                               | os.O_CLOEXEC), "rb")
    kind = _not_regular(os.fstat(stream.fileno()).st_mode)  # replaced since the lstat
    if kind:
        stream.close()
        raise SubmissionError(tr("{name} is {kind}, not a regular file", name=Path(path).name,
                                 kind=kind))
    return stream


def _not_regular(mode):
    """'' for a regular file, else what the file is, in words."""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISLNK(mode):
        return tr("a symbolic link")
    if stat.S_ISDIR(mode):
        return tr("a folder")
    if stat.S_ISFIFO(mode):
        return tr("a named pipe (FIFO)")
    return tr("a device or socket")


def _ipynb_code_sources(name, text):
    try:
        data = json.loads(text, object_hook=_drop_outputs)
    except json.JSONDecodeError as error:
        raise SubmissionError(tr("{name} is not a Jupyter notebook (not valid JSON: {reason} at "
                                 "line {line})", name=name, reason=error.msg,
                                 line=error.lineno)) from None
    except RecursionError:
        raise SubmissionError(tr("{name} is not a Jupyter notebook (its JSON is nested too "
                                 "deeply)", name=name)) from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        raise SubmissionError(tr("{name} is not a Jupyter notebook (no list of cells; only "
                                 "nbformat 4 notebooks are graded)", name=name))
    sources = []
    for number, cell in enumerate(data["cells"], start=1):
        if not isinstance(cell, dict):
            raise SubmissionError(tr("{name}: cell {number} is not a notebook cell", name=name,
                                     number=number))
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(line, str) for line in source):
            source = "".join(source)
        if not isinstance(source, str):
            raise SubmissionError(tr("{name}: cell {number} has a source that is not text",
                                     name=name, number=number))
        sources.append(source)
    return sources


def script_code_cells(text):
    """Code cells of a .py: percent format, nbconvert's script, or one plain cell."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # universal newlines, as Python
    lines = text.split("\n")
    if any(_PERCENT_MARKER.match(line) for line in lines):
        return percent_code_cells(text)
    if any(_NBCONVERT_MARKER.match(line) for line in lines):
        return nbconvert_code_cells(text)
    return [text] if text.strip() else []


def percent_code_cells(text):
    """Code cells of a percent-format script: `# %%` starts a cell, `# %% [markdown]` a
    markdown cell (skipped)."""
    cells, current, is_code = [], [], True
    for line in text.split("\n"):
        if _PERCENT_MARKER.match(line):
            if is_code and "".join(current).strip():
                cells.append("\n".join(current))
            current, is_code = [], "[markdown]" not in line and "[md]" not in line
        else:
            current.append(line)
    if is_code and "".join(current).strip():
        cells.append("\n".join(current))
    return cells


def nbconvert_code_cells(text):
    """Code cells of `jupyter nbconvert --to script` output: each `# In[...]:` line starts
    one (markdown cells are comments inside them). What comes before the first marker
    (`#!/usr/bin/env python`, `# coding: utf-8`) is a cell only if it holds code."""
    chunks, current = [], []
    for line in text.split("\n"):
        if _NBCONVERT_MARKER.match(line):
            chunks.append(current)
            current = []
        else:
            current.append(line)
    chunks.append(current)
    header, cells = chunks[0], chunks[1:]
    if any(line.strip() and not line.lstrip().startswith("#") for line in header):
        cells.insert(0, header)
    return ["\n".join(cell).strip("\n") for cell in cells]


_OTTER_LINE = re.compile(r"""^(import os|import otter|grader\s*=\s*otter\.Notebook\(.*\)|"""
                         r"""grader\.check\(\s*(["'])\w+\2\s*\))$""")


def is_otter_cell(source):
    """The otter cells of notebooks built before the public checks left otter
    (`grader = otter.Notebook(...)`, `grader.check("q")`): submissions may still have them.

    They only run public checks, and importing otter costs seconds, so grading skips
    them. A cell is skipped only when every line is one of those statements, so no other
    code can hide in it.
    """
    lines = [line.strip() for line in source.split("\n")
             if line.strip() and not line.strip().startswith("#")]
    return ("otter" in source or "grader.check" in source) and bool(lines) and all(
        _OTTER_LINE.match(line) for line in lines)
