"""Attack: a `numpy.py` among the submissions, the first module any grader process imports.

A trusted-side Python started with the submissions folder (or the working directory) on
its path would import this instead of numpy and run it as the grader. It writes a marker
on the grader's side when imported.

Expected: graded as a submission like any other, inside the sandbox: no marker, and zero
(it holds no solution). tests/test_trusted_imports.py also puts it in the working
directory and the submissions folder of a real `nngrader grade` run: the trusted side
never imports it.
"""
import os as _os

try:
    with open(_os.path.join("__HOSTTMP__", "HOSTILE_imported_numpy"), "w") as _marker:
        _marker.write(f"imported as uid {_os.getuid()} from {_os.getcwd()}\n")
except OSError:
    pass  # inside the sandbox: the grader's folder is not there
