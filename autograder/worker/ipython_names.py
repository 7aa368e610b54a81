"""The few IPython names a notebook may call, for the notebook's globals in the worker.

The trusted side turns magics, shell lines and help (`%time f(x)`, `files = !ls`,
`np.exp?`) into `get_ipython()` calls the way IPython does (autograder/cell_syntax.py), and
`jupyter nbconvert --to script` writes the same calls. Here they do nothing harmful:
  - `system` and `getoutput` (`!ls`, `files = !ls`) run no command; `getoutput` returns an
    empty list, as a command with no output would;
  - a line or cell magic does nothing and returns None, except the magics whose argument
    is Python code run in the notebook (`%time`, `%timeit`, `%prun` and their `%%` cell
    forms, `%%capture`): that code runs once, in the caller's namespace, untimed;
  - `display(...)` (a builtin in Jupyter) prints each object's repr and never raises.
"""
import re
import sys

# cell magics whose body is the notebook's own Python code: the body must still run
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "prun", "capture"})
# line magics whose argument is a Python statement, with the options that take a value
_STATEMENT_MAGICS = {"time": None, "timeit": "nrp", "prun": "DlsT"}


class ShellOutput(list):
    """What `files = !ls` gives: IPython's SList with no lines."""

    @property
    def s(self):
        return " ".join(self)

    @property
    def n(self):
        return "\n".join(self)

    @property
    def l(self):  # noqa: E743 (IPython's name)
        return list(self)


class CapturedOutput:
    """What `%%capture out` binds to `out`: nothing was captured (output is discarded)."""

    stdout = stderr = ""
    outputs = ()

    def show(self):
        pass

    def __call__(self):
        pass


def _statement(magic, line):
    """The Python statement of `%timeit -n 10 f(x)`: its options removed."""
    takes_value = _STATEMENT_MAGICS.get(magic)
    if not takes_value:
        return line
    options = re.compile(r"\s*-(?:[%s]\s*\S+|[A-Za-z]+)(?=\s|$)" % takes_value)
    while True:
        found = options.match(line)
        if not found:
            return line
        line = line[found.end():]


def _run(code, frame):
    """Run `code` where the magic was called: the notebook's globals (and a function's
    locals when the magic was inside one), named like the calling cell for tracebacks."""
    compiled = compile(code, frame.f_code.co_filename, "exec")
    exec(compiled, frame.f_globals, frame.f_locals)


class Shell:
    """`get_ipython()`: the InteractiveShell methods IPython's transforms call."""

    def __init__(self, namespace):
        self.user_ns = namespace
        self.config = {}

    def system(self, command):
        return None

    def getoutput(self, command, split=True, depth=0):
        return ShellOutput()

    def run_line_magic(self, magic_name, line, _stack_depth=1):
        if magic_name in _STATEMENT_MAGICS and line.strip():
            _run(_statement(magic_name, line).strip(), sys._getframe(1))
        return None

    def run_cell_magic(self, magic_name, line, cell):
        frame = sys._getframe(1)
        if magic_name == "capture" and line.split():
            name = line.split()[-1]
            if name.isidentifier() and not name.startswith("-"):
                frame.f_globals[name] = CapturedOutput()
        if magic_name == "timeit" and _statement("timeit", line).strip():
            _run(_statement("timeit", line).strip(), frame)  # the setup statement
        if magic_name in PYTHON_CELL_MAGICS:
            _run(cell, frame)
        return None

    def magic(self, line):  # the old spelling: get_ipython().magic("matplotlib inline")
        return None

    def __getattr__(self, name):
        """Any other method (enable_matplotlib, ...) is a no-op."""
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args, **kwargs: None


def display(*objs, **kwargs):
    """IPython's `display`: here it prints each object's repr; it never raises."""
    for obj in objs:
        try:
            print(repr(obj))
        except Exception:
            pass


def install(namespace):
    """Add `get_ipython` and `display` to the notebook's globals, as IPython's builtins."""
    shell = Shell(namespace)
    namespace["get_ipython"] = lambda: shell
    namespace["display"] = display
