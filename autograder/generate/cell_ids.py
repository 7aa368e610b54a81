"""Stable cell ids derived from each source cell's position and text.

Run on the source, before any variant changes a cell, so a cell keeps the same id in the
solved, student and nbgrader notebooks.
"""
import hashlib

from .context import Context


def assign_cell_ids(nb, ctx: Context):
    for index, cell in enumerate(nb.cells):
        digest = hashlib.sha1(f"{cell.cell_type}\n{cell.source}".encode()).hexdigest()
        cell.id = f"c{index:02d}-{digest[:8]}"
    return nb
