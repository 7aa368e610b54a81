"""Where the solution is inside a reference definition: the bodies a student must write.

A span is the lines of one function body after its docstring (a class gives one span per
method not listed as given). The student stub replaces each span (`stubs.py`); the nbgrader
source wraps it in markers (`markers.py`); the solved notebook leaves it alone.
"""
import ast
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int  # first line of the body, 0-based
    end: int    # one past its last line
    indent: str


def _is_docstring(stmt: ast.stmt) -> bool:
    return (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, str))


def _body_span(fn: ast.FunctionDef, lines: list[str]) -> Span:
    first = fn.body[0]
    if first.lineno == fn.lineno:
        raise ValueError(f"{fn.name}: put the body on its own line, not after the colon")
    indent = lines[first.lineno - 1][:first.col_offset]
    if _is_docstring(first):
        start = first.end_lineno
        if len(fn.body) == 1:
            raise ValueError(f"{fn.name}: a docstring and no code")
    else:
        start = first.lineno - 1
        while start - 1 >= fn.lineno and lines[start - 1].strip().startswith("#"):
            start -= 1  # comments opening the body belong to the solution
    return Span(start, fn.end_lineno, indent)


def find_spans(source: str, given: tuple[str, ...] = ()) -> list[Span]:
    """Spans of the single top-level def or class in `source`, in order."""
    (node,) = ast.parse(source).body
    lines = source.split("\n")  # as Python and ast count lines, not str.splitlines
    if isinstance(node, ast.FunctionDef):
        if given:
            raise ValueError(f"{node.name}: given= applies to methods of a class")
        return [_body_span(node, lines)]
    methods = [n for n in node.body if isinstance(n, ast.FunctionDef)]
    unknown = set(given) - {m.name for m in methods}
    if unknown:
        raise ValueError(f"{node.name}: no method {sorted(unknown)} to give")
    spans = [_body_span(m, lines) for m in methods if m.name not in given]
    if not spans:
        raise ValueError(f"{node.name}: every method is given, nothing to solve")
    return spans
