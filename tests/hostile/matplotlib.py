"""Attack: a module named like one the grader imports, left among the submissions.

Before issue 8, the batch warmed matplotlib's font cache with `python -c "import
matplotlib.pyplot"` in the instructor's working directory, where `-c` puts the current
folder first on `sys.path`: a `matplotlib.py` there ran as the grader (root, no sandbox,
the reference readable), even when it was not one of the graded files. This file writes a
marker on the grader's side when it is imported.

Expected: graded as a submission like any other, inside the sandbox, where the marker's
folder does not exist: no marker, and zero (it holds no solution).
tests/test_trusted_imports.py also puts it in the working directory and the submissions
folder of a real `nngrader grade` run: the trusted side never imports it.
"""
import os as _os

try:
    with open(_os.path.join("__HOSTTMP__", "HOSTILE_imported_matplotlib"), "w") as _marker:
        _marker.write(f"imported as uid {_os.getuid()} from {_os.getcwd()}\n")
except OSError:
    pass  # inside the sandbox: the grader's folder is not there
