"""The source text of a top-level definition in `reference/`, as `inspect.getsource` gives it.

Read with `ast` from the file rather than imported, so the build runs no reference code
and needs no `sys.path` changes.
"""
import ast
from pathlib import Path


def get_source(root: Path, dotted: str) -> str:
    """Source of `reference.<module>.<name>` (decorators included, no trailing newline)."""
    package, module, name = dotted.split(".")
    path = Path(root) / package / f"{module}.py"
    text = path.read_text(encoding="utf-8")
    for node in ast.parse(text).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == name:
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            return "\n".join(text.split("\n")[first - 1:node.end_lineno])
    raise LookupError(f"{dotted}: no top-level def or class {name!r} in {path}")
