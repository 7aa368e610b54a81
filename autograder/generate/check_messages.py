"""Step (every variant): a first code cell that makes a failed public check print one sentence.

The public checks are the notebook's own check cells: `assert` statements with a message
that says what is wrong. Run in Jupyter, a failed assert shows a traceback; the cell added
here asks IPython to show the message alone (or, for an assert without one, the line that
failed), still as an error (so Run All stops there, and nbgrader sees a failed test
cell). `_showtraceback` is how IPython itself shows any traceback; ipykernel sends it to
the notebook as the cell's error output. Other exceptions keep their traceback, which points at the student's bug. Outside
IPython (the grader's worker) the cell does nothing. It needs nothing beyond Jupyter, and
no test file or notebook name: a renamed notebook, or several in one folder, check alike.

Ordering: after add_header (the cell goes before the first code cell, whatever it is);
before add_nbgrader_grading in the nbgrader chain, which locks it like the other given code.
"""
import nbformat

from .context import Context

CELL_ID = "check-messages"
SOURCE = '''\
# {comment}
def _check_failed(shell, etype, value, tb, tb_offset=None):
    import traceback
    message = str(value) or "{line_failed}" + traceback.extract_tb(tb)[-1].line
    shell._showtraceback(etype, value, ["{failed}" + message])


try:
    get_ipython().set_custom_exc((AssertionError,), _check_failed)
except NameError:  # {outside}
    pass'''
# The same code in both languages (tests/generate/test_build_languages.py): only the comment
# and the strings a student reads differ.
TEXT = {
    "en": {"comment": "Public checks: a check cell that fails prints one sentence saying what "
                      "is wrong.",
           "line_failed": "this line failed: ", "failed": "Check failed: ",
           "outside": "not in Jupyter or IPython: failed checks keep their traceback"},
    "zh": {"comment": "公开检查：检查单元格未通过时，只打印一句话，说明哪里不对。",
           "line_failed": "这一行未通过：", "failed": "检查未通过：",
           "outside": "不在 Jupyter 或 IPython 中运行：未通过的检查照常显示完整的回溯信息"},
}


def add_check_messages(nb, ctx: Context):
    if any(cell.get("id") == CELL_ID for cell in nb.cells):
        return nb
    cell = nbformat.v4.new_code_cell(SOURCE.format(**TEXT[ctx.lang]))
    cell.id = CELL_ID
    cell.metadata["nngrader"] = {"role": "setup"}
    first_code = next((i for i, c in enumerate(nb.cells) if c.cell_type == "code"),
                      len(nb.cells))
    nb.cells.insert(first_code, cell)
    return nb
