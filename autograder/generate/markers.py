"""The nbgrader / otter version of a solution: every span between solution markers.

nbgrader's ClearSolutions turns each marked region into `STUB` of `stubs.py`, so the
student notebook it would generate matches ours.
"""
from .spans import Span

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"


def mark(source: str, spans: list[Span]) -> str:
    lines = source.split("\n")  # as Python and ast count lines, not str.splitlines
    for span in reversed(spans):
        lines[span.start:span.end] = (
            [span.indent + BEGIN] + lines[span.start:span.end] + [span.indent + END])
    return "\n".join(lines)
