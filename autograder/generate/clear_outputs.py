"""No outputs and no execution counts in a generated notebook."""
from .context import Context


def clear_outputs(nb, ctx: Context):
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb
