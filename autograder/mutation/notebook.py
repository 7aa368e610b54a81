"""The solved notebook's solution cells, which question each one stands for, mutant copies.

    solution_cells(assignment_id)        [SolutionCell] from solutions/<id>/<id>.ipynb
                                         (code cells whose metadata nngrader.role is
                                         "solution")
    contract_names(assignment, question) the notebook names a question's cases call
    write_mutant(assignment_id, cell, source, path)
                                         the solved notebook with that one cell's source
                                         replaced, without the cells after the last
                                         solution cell (demos: they define nothing the
                                         cases call, and hw4's trains on the cat images)
    where(assignment_id, cell, mutant)   "reference/<module>.py:<line>" when the cell is
                                         the reference's text there, else
                                         "solutions/<id>/<id>.ipynb[cell]:<line>"
"""
import ast
import copy
import inspect
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

KIT_ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass(frozen=True)
class SolutionCell:
    position: int       # index in the notebook's cell list
    code_index: int     # position among the code cells, from 1 (as the grader's notes say)
    names: tuple        # the contract names it defines
    source: str


def solved_notebook_path(assignment_id):
    return KIT_ROOT / "solutions" / assignment_id / f"{assignment_id}.ipynb"


def _notebook(assignment_id):
    return json.loads(solved_notebook_path(assignment_id).read_text())


def _text(cell):
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def solution_cells(assignment_id):
    cells, code_index = [], 0
    for position, cell in enumerate(_notebook(assignment_id)["cells"]):
        if cell.get("cell_type") != "code":
            continue
        code_index += 1
        meta = cell.get("metadata", {}).get("nngrader", {})
        if meta.get("role") == "solution":
            cells.append(SolutionCell(position, code_index, tuple(meta.get("names", ())),
                                      _text(cell)))
    return cells


class _Recording(dict):
    """A namespace that remembers which names a driver looked up."""

    def __init__(self, *args):
        super().__init__(*args)
        self.asked = set()

    def get(self, key, default=None):
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.asked.add(key)
        return super().__getitem__(key)


def contract_names(assignment, question):
    """The names the question's cases look up in the notebook, and its mistakes patch."""
    from ..questions.spec import Shared
    from ..worker.drivers import DRIVERS

    names = {question.name} | {name for mistake in question.mistakes for name in mistake.patch}
    for case in question.cases:
        names |= {case.params.get(key) for key in ("function", "rule")} - {None}
        inputs = case.inputs(np.random.default_rng(0))
        if any(isinstance(value, Shared) for value in inputs.values()):
            continue
        namespace = _Recording(assignment.namespace())
        try:
            with np.errstate(all="ignore"):
                DRIVERS[case.driver](namespace, dict(question.oracle), copy.deepcopy(inputs),
                                     **case.params)
        except Exception:
            pass
        names |= namespace.asked
        break  # one case is enough to see what the driver calls
    return names - set(question.oracle)


def write_mutant(assignment_id, cell, source, path):
    notebook = _notebook(assignment_id)
    last = max(solution.position for solution in solution_cells(assignment_id))
    notebook["cells"][cell.position]["source"] = source
    notebook["cells"] = notebook["cells"][:last + 1]
    Path(path).write_text(json.dumps(notebook, indent=1))


def where(assignment_id, cell, mutant):
    """Where a course author finds the changed line."""
    from ..questions import load_assignment

    try:
        top = next(node for node in ast.parse(cell.source).body
                   if getattr(node, "name", None) == mutant.function)
        target = load_assignment(assignment_id).namespace()[mutant.function]
        lines, start = inspect.getsourcelines(target)
        offset = mutant.line - top.lineno
        cell_line = cell.source.splitlines()[mutant.line - 1]
        if 0 <= offset < len(lines) and lines[offset].rstrip("\n") == cell_line:
            path = Path(inspect.getsourcefile(target)).resolve().relative_to(KIT_ROOT)
            return f"{path}:{start + offset}"
    except (StopIteration, KeyError, TypeError, OSError, ValueError, SyntaxError):
        pass
    return f"solutions/{assignment_id}/{assignment_id}.ipynb[cell {cell.code_index}]:{mutant.line}"
