"""The trusted side never imports from a submissions folder or the working directory.

issue 8 (critical): the batch warmed matplotlib's cache with `python -c "import
matplotlib.pyplot"` in the instructor's working directory, so a `matplotlib.py` or
`numpy.py` there (or among the submissions) ran as root, unsandboxed. Here the two modules
of the hostile corpus (tests/hostile/matplotlib.py, numpy.py), each writing a marker when
imported, sit in the working directory AND in the submissions folder of a real
`nngrader grade` run, graded by file, by folder and with -j 2. No marker may appear.

Every subprocess of the trusted side is also checked by reading the source: Python is
started only with `-I` (isolated) and an explicit working directory.
"""
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from autograder.questions import load_assignment  # noqa: E402

HOSTILE = Path(__file__).parent / "hostile"
SHADOWS = ("matplotlib.py", "numpy.py")


def perfect_source():
    sources = [inspect.getsource(value)
               for value in load_assignment("hw1_gradients").namespace().values()]
    return "# %%\nimport numpy as np\n\n# %%\n" + "\n\n# %%\n".join(sources)


def plant(folder, markers):
    for name in SHADOWS:
        text = (HOSTILE / name).read_text().replace("__HOSTTMP__", str(markers))
        (folder / name).write_text(text)


@pytest.mark.parametrize("how", ["file", "folder", "parallel"])
def test_modules_in_the_cwd_and_the_submissions_folder_are_never_imported(tmp_path, how):
    markers = tmp_path / "markers"
    markers.mkdir()
    submissions = tmp_path / "class"  # the instructor grades from inside it
    submissions.mkdir()
    plant(submissions, markers)
    notebook = submissions / "alice.py"
    notebook.write_text(perfect_source())
    (submissions / "bob.py").write_text(perfect_source())
    arguments = {"file": [str(notebook)], "folder": [str(submissions)],
                 "parallel": [str(notebook), str(submissions / "bob.py"), "-j", "2"]}[how]
    completed = subprocess.run(
        ["nngrader", "grade", "hw1_gradients", *arguments, "-o", str(tmp_path / "out"),
         "--no-progress"], capture_output=True, text=True, timeout=300, cwd=submissions,
        env={**__import__("os").environ, "PYTHONPATH": str(REPO)})
    assert list(markers.iterdir()) == [], [path.read_text() for path in markers.iterdir()]
    assert completed.returncode == 0, completed.stderr
    assert "alice: 15 / 15" in completed.stdout
    if how == "folder":  # a folder holding .py files: all three are graded, in the sandbox
        assert "matplotlib: 15 / 15" not in completed.stdout  # no solution in it
        assert "numpy:" in completed.stdout


def test_every_python_the_trusted_side_starts_is_isolated():
    """Each `sys.executable` in a subprocess call of autograder/ (outside the sandboxed
    worker's own command, sandbox.worker_command) is started in a working directory of its
    own (an empty folder), and with -I unless it runs a module of the kit (`-m` needs the
    kit's path, which -I would drop)."""
    offenders = []
    for path in (REPO / "autograder").rglob("*.py"):
        if "worker" in path.relative_to(REPO).parts or path.name == "sandbox.py":
            continue
        text = path.read_text()
        for match in re.finditer(r"subprocess\.(run|Popen|call|check_call|check_output)\(",
                                 text):
            call = text[match.start(): text.find("\n\n", match.start())]
            if "sys.executable" in call and ("cwd=" not in call
                                             or ('"-I"' not in call and '"-m"' not in call)):
                offenders.append(f"{path.relative_to(REPO)}: {call.splitlines()[0]}")
    assert offenders == []


def test_the_grade_command_drops_the_working_directory_from_its_path(tmp_path, monkeypatch):
    """`python -m autograder.cli` puts the working directory first on sys.path."""
    from autograder import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", ["", str(tmp_path), *sys.path])
    cli._forget_working_directory()
    assert "" not in sys.path and str(tmp_path) not in sys.path
    assert str(REPO) in sys.path  # the rest is kept
