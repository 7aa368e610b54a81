"""Step 0: the single source (jupytext percent format) as a notebook."""
import jupytext
import nbformat

from .context import Context


def read_source(ctx: Context) -> nbformat.NotebookNode:
    return jupytext.read(ctx.source_path, fmt="py:percent")
