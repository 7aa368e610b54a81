"""A submission file -> the list of its code cells, ready to run as plain Python.

`.ipynb` files are read with nbformat; `.py` files with jupytext (percent `# %%` cells, or
a plain script). IPython magics and shell escapes (`%matplotlib inline`, `!pip install`)
cannot run in a plain interpreter and mean nothing for grading, so they become `pass`.
"""
import json
import re
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat

MAX_SUBMISSION_BYTES = 20 * 1024 * 1024
_MAGIC = re.compile(r"^(\s*)(%|!)")


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
        notebook = jupytext.reads(text, fmt="py:percent" if "# %%" in text else "py:light")
    elif path.suffix == ".ipynb":
        notebook = _read_ipynb(path.name, text)
    else:
        raise SubmissionError(f"{path.name}: expected a .ipynb notebook or a .py script")
    sources = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    return [Cell(number, neutralise_magics(source))
            for number, source in enumerate(sources, start=1)]


def _read_ipynb(name, text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SubmissionError(f"{name} is not a Jupyter notebook (not valid JSON: "
                              f"{error.msg} at line {error.lineno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        raise SubmissionError(f"{name} is not a Jupyter notebook (no list of cells)")
    try:
        notebook = nbformat.reads(text, as_version=4)
    except Exception as error:  # nbformat raises several unrelated types
        raise SubmissionError(f"{name} is not a readable Jupyter notebook: {error}") from None
    for cell in notebook.cells:
        if not isinstance(cell.get("source", ""), str):
            raise SubmissionError(f"{name} has a cell whose source is not text")
    return notebook


def neutralise_magics(source):
    lines = source.splitlines()
    if lines and lines[0].lstrip().startswith("%%"):
        lines = lines[1:]  # %%time and friends: the body is plain Python
    return "\n".join(_MAGIC.sub(r"\1pass  # ", line) if _MAGIC.match(line) else line
                     for line in lines)
