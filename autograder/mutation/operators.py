"""Single-point mutants of the functions in one notebook cell, made with Python's `ast`.

    mutants_of_cell(source) -> [Mutant]

A Mutant changes one node inside one function (or method) body of the cell: the node's
exact source text is replaced by ast.unparse of the changed node, so the rest of the cell
keeps its text and line numbers. Docstrings are never changed. The changes are the small
mechanical ones a student makes:

  operator      + <-> -, * <-> /, // -> /, ** -> *, += <-> -=, *= <-> /=
  comparison    < <-> <=, > <-> >=, < <-> >, == <-> !=, is <-> is not, in <-> not in
  constant      ints n -> n - 1 and n + 1; floats c -> 10 c when |c| < 1e-3, else 0.8 c
                (0.5 -> 0.4, 1e-7 -> 1e-6, 2 -> 1 and 3)
  axis          axis=0 <-> 1, axis=-1 -> 0; keepdims=True dropped
  function      max <-> min, sum <-> mean, maximum <-> minimum, argmax <-> argmin
                (np.f(...) and x.f(...))
  copy          x.copy(), np.copy(x), copy.deepcopy(x) -> x
  off by one    range(n) -> range(n - 1), range(a, b) -> range(a + 1, b) / range(a, b - 1),
                x[a:b] -> x[a + 1:b] / x[a:b - 1] (non-constant bounds)
  dropped term  a + b -> a and b, a - b -> a, -x -> x
"""
import ast
import copy
from dataclasses import dataclass
from decimal import Decimal

OPERATOR_SWAPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
                  ast.FloorDiv: ast.Div, ast.Pow: ast.Mult}
COMPARISON_SWAPS = {ast.Lt: (ast.LtE, ast.Gt), ast.LtE: (ast.Lt,), ast.Gt: (ast.GtE, ast.Lt),
                    ast.GtE: (ast.Gt,), ast.Eq: (ast.NotEq,), ast.NotEq: (ast.Eq,),
                    ast.Is: (ast.IsNot,), ast.IsNot: (ast.Is,), ast.In: (ast.NotIn,),
                    ast.NotIn: (ast.In,)}
FUNCTION_SWAPS = {"max": "min", "min": "max", "sum": "mean", "mean": "sum",
                  "maximum": "minimum", "minimum": "maximum", "argmax": "argmin",
                  "argmin": "argmax", "amax": "amin", "amin": "amax"}
AXIS_SWAPS = {0: 1, 1: 0, -1: 0}


@dataclass(frozen=True)
class Mutant:
    function: str      # the top-level def or class the change is in
    line: int          # 1-based line of the cell where the changed node starts
    old: str           # the changed node's text before ...
    new: str           # ... and after
    source: str        # the whole cell with the change

    def describe(self):
        return f"{self.old} -> {self.new}"


def mutants_of_cell(source):
    """Every distinct single-point mutant of the functions defined in `source`."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    seen, mutants = {source}, []
    for top in tree.body:
        if not isinstance(top, (ast.FunctionDef, ast.ClassDef)):
            continue
        for node in _mutable_nodes(top):
            old = ast.get_source_segment(source, node)
            if old is None:
                continue
            for changed in _changes(node):
                new = ast.unparse(changed)
                mutated = _replace(lines, node, new)
                if mutated in seen or not _parses(mutated):
                    continue
                seen.add(mutated)
                mutants.append(Mutant(top.name, node.lineno, _one_line(old), _one_line(new),
                                      mutated))
    return mutants


def _mutable_nodes(top):
    """Nodes inside the bodies of `top`'s functions (itself or its methods), no docstrings."""
    functions = [top] if isinstance(top, ast.FunctionDef) else [
        node for node in top.body if isinstance(node, ast.FunctionDef)]
    for function in functions:
        body = function.body
        if body and isinstance(body[0], ast.Expr) and isinstance(
                getattr(body[0], "value", None), ast.Constant) and isinstance(
                body[0].value.value, str):
            body = body[1:]
        # default values of the arguments are part of the contract too
        for default in function.args.defaults + [d for d in function.args.kw_defaults if d]:
            yield from ast.walk(default)
        for statement in body:
            yield from ast.walk(statement)


def _changes(node):
    """The changed copies of `node`, one per applicable mutation."""
    if isinstance(node, ast.BinOp):
        swap = OPERATOR_SWAPS.get(type(node.op))
        if swap:
            yield _with(node, op=swap())
        if isinstance(node.op, (ast.Add, ast.Sub)):
            yield copy.deepcopy(node.left)
        if isinstance(node.op, ast.Add):
            yield copy.deepcopy(node.right)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        yield copy.deepcopy(node.operand)
    elif isinstance(node, ast.AugAssign):
        swap = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div,
                ast.Div: ast.Mult}.get(type(node.op))
        if swap:
            yield _with(node, op=swap())
    elif isinstance(node, ast.Compare) and len(node.ops) == 1:
        for swap in COMPARISON_SWAPS.get(type(node.ops[0]), ()):
            yield _with(node, ops=[swap()])
    elif isinstance(node, ast.Constant):
        yield from _nudged(node)
    elif isinstance(node, ast.Call):
        yield from _call_changes(node)
    elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        yield from _slice_changes(node)


def _nudged(node):
    value = node.value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return
    if isinstance(value, int):
        for other in (value - 1, value + 1):
            yield ast.Constant(other)
        return
    exact = Decimal(repr(value))
    factor = Decimal(10) if 0 < abs(value) < 1e-3 else Decimal("0.8")
    yield ast.Constant(float(exact * factor) if value else 1.0)


def _call_changes(node):
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name in FUNCTION_SWAPS:
        other = FUNCTION_SWAPS[name]
        if isinstance(func, ast.Attribute):
            yield _with(node, func=_with(func, attr=other))
        elif other in ("max", "min"):  # builtins: max <-> min only
            yield _with(node, func=ast.Name(other, ast.Load()))
    if name == "copy" and isinstance(func, ast.Attribute) and not node.args and \
            not node.keywords and not _is_module(func.value, "copy"):
        yield copy.deepcopy(func.value)                      # x.copy() -> x
    if name in ("copy", "deepcopy") and len(node.args) == 1 and isinstance(func, ast.Attribute):
        yield copy.deepcopy(node.args[0])                    # np.copy(x) -> x
    if name == "range" and isinstance(func, ast.Name) and not node.keywords:
        args = node.args
        if len(args) == 1 and not isinstance(args[0], ast.Constant):
            yield _with(node, args=[_plus(args[0], -1)])
        if len(args) >= 2:
            if not isinstance(args[0], ast.Constant):
                yield _with(node, args=[_plus(args[0], 1), *args[1:]])
            if not isinstance(args[1], ast.Constant):
                yield _with(node, args=[args[0], _plus(args[1], -1), *args[2:]])
    for index, keyword in enumerate(node.keywords):
        if keyword.arg == "axis" and isinstance(keyword.value, (ast.Constant, ast.UnaryOp)):
            value = _literal(keyword.value)
            if value in AXIS_SWAPS:
                keywords = list(node.keywords)
                keywords[index] = ast.keyword("axis", ast.Constant(AXIS_SWAPS[value]))
                yield _with(node, keywords=keywords)
        if keyword.arg == "keepdims":
            yield _with(node, keywords=node.keywords[:index] + node.keywords[index + 1:])


def _slice_changes(node):
    bounds = node.slice
    if bounds.lower is not None and not isinstance(bounds.lower, ast.Constant):
        yield _with(node, slice=_with(bounds, lower=_plus(bounds.lower, 1)))
    if bounds.upper is not None and not isinstance(bounds.upper, ast.Constant):
        yield _with(node, slice=_with(bounds, upper=_plus(bounds.upper, -1)))


def _plus(expression, amount):
    op = ast.Add() if amount > 0 else ast.Sub()
    return ast.BinOp(copy.deepcopy(expression), op, ast.Constant(abs(amount)))


def _literal(node):
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def _is_module(node, name):
    return isinstance(node, ast.Name) and node.id == name


def _with(node, **fields):
    changed = copy.deepcopy(node)
    for key, value in fields.items():
        setattr(changed, key, value)
    return changed


def _replace(lines, node, text):
    """The cell with `node`'s source segment replaced by `text` (ast offsets are UTF-8)."""
    head = lines[node.lineno - 1].encode()[:node.col_offset].decode()
    tail = lines[node.end_lineno - 1].encode()[node.end_col_offset:].decode()
    return "".join(lines[:node.lineno - 1]) + head + text + tail + "".join(
        lines[node.end_lineno:])


def _parses(source):
    try:
        ast.parse(source)
    except SyntaxError:
        return False
    return True


def _one_line(text):
    return " ".join(text.split())
