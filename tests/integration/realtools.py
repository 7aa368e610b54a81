"""Helpers of the integration tests: notebooks with known mistakes, and the real tools.

Every test here runs the real programs (`otter run`, `nbgrader ...`, `nngrader grade`) as
an instructor would, as subprocesses, on hw1_gradients. Nothing is mocked and nothing is
skipped: a missing tool is a failure (`pip install -e ".[dev]"` installs them).
"""
import json
import subprocess
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from autograder.in_kernel import seed_for  # noqa: E402

ASSIGNMENT = "hw1_gradients"
SOLVED = ROOT / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
BIN = Path(sys.executable).parent

# Edits of the solved notebook's solution code, each a mistake real students make,
# and the questions each must cost points in.
MISTAKES = {
    "softmax_no_shift": ([("shifted = x - np.max(x, axis=-1, keepdims=True)", "shifted = x")],
                         {"softmax"}),
    "cross_entropy_no_delta": ([("np.log(p + 1e-7)", "np.log(p)")], {"cross_entropy_error"}),
    # gradient_descent calls numerical_gradient: it must keep full marks (oracle)
    "gradient_precedence": ([("grad[idx] = (f_plus - f_minus) / (2 * h)",
                              "grad[idx] = (f_plus - f_minus) / 2 * h")], {"numerical_gradient"}),
}


# A notebook that leaves every stub unsolved and grades itself full marks: the hidden tests
# run in its own kernel (docs/INSTRUCTORS.md, "trust"). Only `verify` can catch it.
STUDENT = ROOT / "assignments" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
CHEATS = {
    "otter": "import otter.test_files.ok_test as _ok\n"
             "_ok.run_doctest = lambda name, code, env: (True, '')",
    "nbgrader": "import autograder.in_kernel as _kit\n_kit.check_case = lambda *args: None",
}


def cheater(tool_name):
    nb = nbformat.read(STUDENT, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(CHEATS[tool_name]))
    return nb


def with_edits(nb, edits):
    """A copy of `nb` whose solution cells have each (old, new) replacement applied once."""
    nb = nbformat.from_dict(json.loads(json.dumps(nb)))
    for old, new in edits:
        cells = [cell for cell in nb.cells if cell.cell_type == "code" and old in cell.source
                 and cell.metadata.get("nngrader", {}).get("role") == "solution"]
        assert len(cells) == 1, f"{old!r} should be in exactly one solution cell"
        cells[0].source = cells[0].source.replace(old, new)
    return nb


def write_submissions(folder, mistakes):
    """<folder>/perfect.ipynb and <folder>/<mistake>.ipynb; returns name -> path."""
    base = nbformat.read(SOLVED, as_version=4)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in ["perfect", *mistakes]:
        paths[name] = folder / f"{name}.ipynb"
        nbformat.write(with_edits(base, MISTAKES[name][0] if name in MISTAKES else []),
                       paths[name])
    return paths


def run(argv, cwd=None, timeout=600):
    """Run a tool; fail with its output when it exits non-zero."""
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, (f"{' '.join(map(str, argv))} exited {done.returncode}\n"
                                  f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done


def tool(name):
    """The console script installed next to this Python (otter, nbgrader, nngrader)."""
    path = BIN / name
    assert path.exists(), f"{name} is not installed next to {sys.executable}"
    return str(path)


def nngrader_scores(paths, outdir):
    """`nngrader grade` with the in-kernel seed: name -> {question: score}."""
    run([tool("nngrader"), "grade", ASSIGNMENT, *map(str, paths), "-o", str(outdir),
         "--seed", str(seed_for(ASSIGNMENT)), "--no-progress"])
    return {Path(path).stem: {test["name"]: test["score"] for test in json.loads(
        (Path(outdir) / f"{Path(path).stem}.json").read_text())["tests"]} for path in paths}


def assert_same_scores(got, expected, what):
    for name, scores in expected.items():
        for question, score in scores.items():
            assert abs(got[name][question] - score) < 1e-3, (
                f"{name}: {question}: {what} gave {got[name][question]}, nngrader {score}")
