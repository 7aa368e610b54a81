"""Replace each directive cell by what its variant shows (see `directives.py`).

The directive line is dropped; what it said is kept as cell metadata
`{"nngrader": {"role": ..., "names" | "question": ...}}` for later steps and tools.
"""
from . import directives
from .context import Context
from .markers import mark
from .pasted_chinese import in_chinese
from .reference_source import get_source
from .spans import find_spans
from .stubs import stub

RENDER = {
    "solved": lambda source, spans: source,
    "student": stub,
    "nbgrader": mark,
}


def _pasted(ctx: Context, directive: directives.Directive, solve: bool) -> str:
    parts = []
    for target in directive.targets:
        source = get_source(ctx.root, target)
        if ctx.lang == "zh":  # before the spans: the stub keeps the Chinese docstring
            source = in_chinese(source, target)
        if solve:
            spans = find_spans(source, directive.options.get("given", ()))
            source = RENDER[ctx.variant](source, spans)
        parts.append(source)
    return "\n\n\n".join(parts)


def _expand_cell(cell, ctx: Context):
    directive = directives.parse(cell.source)
    if directive is None:
        return
    rest = directives.body(cell.source)
    if directive.kind == "check":
        cell.source = rest
        cell.metadata["nngrader"] = {"role": "check", "question": directive.targets[0]}
        return
    if rest.strip():
        first_line = cell.source.split("\n")[0]
        raise ValueError(f"{ctx.assignment_id}: code after {first_line!r}")
    cell.source = _pasted(ctx, directive, solve=directive.kind == "solution")
    names = [t.rsplit(".", 1)[1] for t in directive.targets]
    cell.metadata["nngrader"] = {"role": directive.kind, "names": names}


def expand_directives(nb, ctx: Context):
    for cell in nb.cells:
        if cell.cell_type == "code":
            _expand_cell(cell, ctx)
    return nb
