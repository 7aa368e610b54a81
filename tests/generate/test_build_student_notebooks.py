"""A student notebook gives nothing away: stubs only, no solution line, no reference."""
import ast

from build_facts import GIVEN_METHODS, MODULES, ROOT, code_cells, notebook

MIN_LINE = 12  # shorter body lines ("return x") are too common to count as a leak


def is_stub(fn: ast.FunctionDef) -> bool:
    body = fn.body[1:] if isinstance(fn.body[0], ast.Expr) else fn.body
    return (len(body) == 1 and isinstance(body[0], ast.Raise)
            and ast.unparse(body[0].exc) == "NotImplementedError()")


def _body_lines(fn: ast.FunctionDef, source_lines: list[str]) -> set[str]:
    has_doc = isinstance(fn.body[0], ast.Expr) and len(fn.body) > 1
    start = fn.body[1] if has_doc else fn.body[0]
    return {line.strip() for line in source_lines[start.lineno - 1:fn.end_lineno]}


def reference_body_lines(assignment_id) -> set[str]:
    """Stripped lines of the reference bodies a student writes (not those of given methods)."""
    solved, given = set(), set()
    for module in MODULES[assignment_id]:
        text = (ROOT / "reference" / f"{module}.py").read_text()
        for node in ast.parse(text).body:
            fns = [node] if isinstance(node, ast.FunctionDef) else [
                m for m in getattr(node, "body", []) if isinstance(m, ast.FunctionDef)]
            for fn in fns:
                is_given = fn.name in GIVEN_METHODS.get(getattr(node, "name", ""), ())
                (given if is_given else solved).update(_body_lines(fn, text.splitlines()))
    return {line for line in solved - given
            if len(line) >= MIN_LINE and not line.startswith("#")}


def test_solution_cells_hold_stubs_only(assignment_id):
    for cell in code_cells(notebook("assignments", assignment_id), "solution"):
        for node in ast.parse(cell.source).body:
            fns = [node] if isinstance(node, ast.FunctionDef) else [
                m for m in node.body if isinstance(m, ast.FunctionDef)
                and m.name not in GIVEN_METHODS.get(node.name, ())]
            for fn in fns:
                assert is_stub(fn), f"{assignment_id}: {fn.name} is not a stub"


def test_no_solution_line_reference_import_or_marker(assignment_id):
    nb = notebook("assignments", assignment_id)
    leaks = reference_body_lines(assignment_id)
    for cell in code_cells(nb):
        if cell.metadata.get("nngrader", {}).get("role") == "given":
            continue
        for line in cell.source.splitlines():
            assert line.strip() not in leaks, f"{assignment_id}: solution line {line!r}"
            assert "reference" not in line or line.lstrip().startswith("#"), line
            assert "BEGIN SOLUTION" not in line and "END SOLUTION" not in line, line
