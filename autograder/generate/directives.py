"""The directive comment that may open a code cell of a source notebook.

    # nngrader: solution reference.<module>.<name>[, ...] [given=<method>[,<method>...]]
    # nngrader: given reference.<module>.<name>[, ...]
    # nngrader: given autograder.data.<name>[, ...]
    # nngrader: check <question>

`solution`: the reference code, stubbed in the student notebook (methods listed in
`given=` are kept whole). `given`: the reference code in every notebook, or one of the
numpy-only data readers of autograder/data.py, so a notebook and the grader read the data
with the same code. `check`: the rest of the cell is a hand-written public check of
<question>, kept in every notebook.
"""
from dataclasses import dataclass, field

PREFIX = "# nngrader:"
KINDS = ("solution", "given", "check")


@dataclass(frozen=True)
class Directive:
    kind: str
    targets: tuple[str, ...]
    options: dict = field(default_factory=dict)


def parse(cell_source: str) -> Directive | None:
    """The directive on the first line of a code cell, or None for a plain cell."""
    first = cell_source.split("\n", 1)[0].strip()
    if not first.startswith(PREFIX):
        return None
    words = first[len(PREFIX):].split()
    if not words or words[0] not in KINDS:
        raise ValueError(f"unknown directive {first!r}; expected one of {KINDS}")
    kind, rest = words[0], words[1:]
    targets = tuple(t for w in rest if "=" not in w for t in w.split(",") if t)
    options = {}
    for word in (w for w in rest if "=" in w):
        key, value = word.split("=", 1)
        options[key] = tuple(v for v in value.split(",") if v)
    if not targets:
        raise ValueError(f"directive {first!r} names nothing")
    if kind == "check" and (len(targets) != 1 or options):
        raise ValueError(f"a check directive names one question: {first!r}")
    if kind != "solution" and options:
        raise ValueError(f"only solution directives take options: {first!r}")
    allowed = ("reference.", "autograder.data.") if kind == "given" else ("reference.",)
    if kind != "check" and not all(t.startswith(allowed) for t in targets):
        raise ValueError(f"targets must be {' or '.join(a + '<...>' for a in allowed)}: "
                         f"{first!r}")
    return Directive(kind, targets, options)


def body(cell_source: str) -> str:
    """The cell without its directive line and the blank lines around it."""
    return cell_source.split("\n", 1)[1].strip("\n") if "\n" in cell_source else ""
