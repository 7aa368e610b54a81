"""Hook (nbgrader variant only): nbgrader cell metadata. Not written yet.

To do: from `cell.metadata["nngrader"]` set `cell.metadata["nbgrader"]` (schema_version 3):
solution cells `solution: true`, check cells `grade: true, locked: true, points` (points
from the question declarations), every other cell `locked: true`; `grade_id` = cell id.
Runs after `expand_directives` (reads its role metadata).
"""
from .context import Context


def add_nbgrader_metadata(nb, ctx: Context):
    return nb
