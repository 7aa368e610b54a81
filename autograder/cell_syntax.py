"""A code cell as IPython would run it: magics, shell lines and help become Python calls.

IPython's own `TransformerManager` rewrites `%time f(x)`, `%%time` cells, `files = !ls`
and `np.exp?` into `get_ipython().run_line_magic(...)`, `.run_cell_magic(...)`,
`.getoutput(...)` calls; it works on tokens, so a line that only continues Python (Black's
`"..." % (args)` on its own line, a leading `!=`) stays Python. The worker's `get_ipython()`
(worker/ipython_names.py) runs no shell command and no magic, only the Python code of
`%time`-like magics. This runs on the trusted side, the same way for every submission.

One difference from IPython: lines are split on "\\n" only, as Python splits them.
IPython splits with `str.splitlines`, which also breaks at U+2028, form feed, \\x0b, ...,
so such a character inside a comment or a string could make the rest of its line look
like a magic.
"""
import ast
import re

from .worker.ipython_names import PYTHON_CELL_MAGICS


# a line where IPython could find its own syntax: an escape (`%`, `!`, `?`, `,`, `;`, `/`)
# at its start, help (`?`) at its end, or `x = !cmd` / `x = %magic`
_MAYBE_IPYTHON = re.compile(r"^[^\S\n]*[%!?,;/]|\?[^\S\n]*$|=[^\S\n]*[%!]", re.MULTILINE)
_LOOP_LIMIT = 500  # IPython's TRANSFORM_LOOP_LIMIT


def transform_cost(source):
    """About how many characters IPython tokenizes to transform `source` (0: nothing to
    transform). It re-tokenizes the whole cell once per rewrite, so this counts the lines
    that may need one; every line of a `run_cell_magic` body string (an escaped newline)
    counts as such a line."""
    candidates = len(_MAYBE_IPYTHON.findall(source))
    if "run_cell_magic" in source:
        candidates += 1 + source.count("\\n")
    # IPython stops after 500 rewrites of one cell: at most 501 readings
    return len(source) * (1 + min(candidates, _LOOP_LIMIT)) if candidates else 0


def split_lines(text):
    """Lines of `text` split at "\\n" only, each keeping its "\\n" (the last may lack it)."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def as_python(source):
    """The Python code IPython would run for the cell `source`.

    The body of a cell magic whose body is Python (`%%time`, `%%capture`, ...) is
    transformed too, also when nbconvert has already made the cell a `run_cell_magic`
    call, so the worker can run it as it is.
    """
    if "run_cell_magic" in source:
        source = _with_python_body(source)
    manager = _manager()
    lines = split_lines(source if source.endswith("\n") else source + "\n")
    try:
        for transform in manager.cleanup_transforms:
            lines = transform(lines)
        if lines and lines[0].startswith("%%"):
            magic = (lines[0][2:].split() or [""])[0]
            if magic in PYTHON_CELL_MAGICS:
                lines = lines[:1] + split_lines(as_python("".join(lines[1:])))
        for transform in manager.line_transforms:
            lines = transform(lines)
        python = "".join(manager.do_token_transforms(lines))
    except Exception:  # IPython gave up on it: Python will report what is wrong
        return source
    # nothing to transform: keep the cell as written (its line numbers, its last line)
    return source if python.rstrip("\n") == source.rstrip("\n") else python


def _with_python_body(source):
    """nbconvert's script holds a `%%time` cell as `get_ipython().run_cell_magic('time',
    '', body)` with the body as written; rewrite that body as well."""
    try:
        (statement,) = ast.parse(source).body
    except (SyntaxError, ValueError):
        return source
    call = statement.value if isinstance(statement, ast.Expr) else None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "run_cell_magic" and len(call.args) == 3
            and not call.keywords
            and all(isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    for arg in call.args)):
        return source
    magic, line, body = (arg.value for arg in call.args)
    if magic not in PYTHON_CELL_MAGICS:
        return source
    return "%s(%r, %r, %r)\n" % (ast.get_source_segment(source, call.func), magic, line,
                                  as_python(body))


_MANAGER = None


def _manager():
    """IPython's transformer, imported on first use (importing IPython takes ~0.3 s)."""
    global _MANAGER
    if _MANAGER is None:
        from IPython.core.inputtransformer2 import TransformerManager

        _MANAGER = TransformerManager()
    return _MANAGER
