"""A submission file -> the list of its code cells, ready to run as plain Python.

`.ipynb` files are read as nbformat-4 JSON directly (importing nbformat pulls in a JSON
schema stack that takes seconds to import, once per grading process); `.py` files are
split at jupytext's percent-format `# %%` markers (a plain script is one cell). IPython magics and shell escapes (`%matplotlib inline`, `!pip install`)
cannot run in a plain interpreter and mean nothing for grading, so they become `pass`.
"""
import json
import re
from dataclasses import dataclass
from pathlib import Path


MAX_SUBMISSION_BYTES = 20 * 1024 * 1024
_MAGIC = re.compile(r"^(\s*)(%|!)")
_CELL_MARKER = re.compile(r"^# %%(\s|$)")


class SubmissionError(Exception):
    """The file is not a notebook or script that can be graded; the message says why."""


@dataclass(frozen=True)
class Cell:
    index: int          # position among the notebook's code cells, counted from 1
    source: str


def read_cells(path):
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SubmissionError(f"cannot read {path.name}: {error.strerror}") from None
    if size == 0:
        raise SubmissionError(f"{path.name} is empty")
    if size > MAX_SUBMISSION_BYTES:
        raise SubmissionError(f"{path.name} is {size} bytes, more than the "
                              f"{MAX_SUBMISSION_BYTES} a submission may have")
    text = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix == ".py":
        sources = percent_code_cells(text)
    elif path.suffix == ".ipynb":
        sources = _ipynb_code_sources(path.name, text)
    else:
        raise SubmissionError(f"{path.name}: expected a .ipynb notebook or a .py script")
    return [Cell(number, neutralise_magics(source))
            for number, source in enumerate(sources, start=1) if not is_otter_cell(source)]


def _ipynb_code_sources(name, text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SubmissionError(f"{name} is not a Jupyter notebook (not valid JSON: "
                              f"{error.msg} at line {error.lineno})") from None
    except RecursionError:
        raise SubmissionError(f"{name} is not a Jupyter notebook (its JSON is nested too "
                              "deeply)") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        raise SubmissionError(f"{name} is not a Jupyter notebook (no list of cells; "
                              "only nbformat 4 notebooks are graded)")
    sources = []
    for number, cell in enumerate(data["cells"], start=1):
        if not isinstance(cell, dict):
            raise SubmissionError(f"{name}: cell {number} is not a notebook cell")
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(line, str) for line in source):
            source = "".join(source)
        if not isinstance(source, str):
            raise SubmissionError(f"{name}: cell {number} has a source that is not text")
        sources.append(source)
    return sources


def percent_code_cells(text):
    """Code cells of a percent-format script: `# %%` starts a cell, `# %% [markdown]` a
    markdown cell (skipped)."""
    cells, current, is_code = [], [], True
    for line in text.splitlines():
        if _CELL_MARKER.match(line):
            if is_code and "".join(current).strip():
                cells.append("\n".join(current))
            current, is_code = [], "[markdown]" not in line and "[md]" not in line
        else:
            current.append(line)
    if is_code and "".join(current).strip():
        cells.append("\n".join(current))
    return cells


_OTTER_LINE = re.compile(r"""^(import os|import otter|grader\s*=\s*otter\.Notebook\(.*\)|"""
                         r"""grader\.check\(\s*(["'])\w+\2\s*\))$""")


def is_otter_cell(source):
    """The build's otter cells (`grader = otter.Notebook(...)`, `grader.check("q")`).

    They only run public checks, and importing otter costs seconds, so grading skips
    them. A cell is skipped only when every line is one of those statements, so no other
    code can hide in it.
    """
    lines = [line.strip() for line in source.splitlines()
             if line.strip() and not line.strip().startswith("#")]
    return ("otter" in source or "grader.check" in source) and bool(lines) and all(
        _OTTER_LINE.match(line) for line in lines)


def neutralise_magics(source):
    lines = source.splitlines()
    if lines and lines[0].lstrip().startswith("%%"):
        lines = lines[1:]  # %%time and friends: the body is plain Python
    return "\n".join(_MAGIC.sub(r"\1pass  # ", line) if _MAGIC.match(line) else line
                     for line in lines)
