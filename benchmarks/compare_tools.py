"""Per-submission grading time of otter run, nbgrader autograde and nngrader grade.

The same hw1_gradients notebooks (the solved notebook and two with known mistakes) are
graded by each tool exactly as an instructor runs it, as a subprocess:
  otter run      `otter run -a dist/.../autograder.zip <nb>`, one call per notebook
                 (otter run takes one submission; `otter grade` needs Docker);
  nbgrader       `nbgrader autograde hw1_gradients` over all students of a temporary
                 course (after generate_assignment, which is not timed), and once with
                 `--student` for a single notebook;
  nngrader       `nngrader grade hw1_gradients <all notebooks>` (-j 1), and once for a
                 single notebook.
Per submission = wall time of the call(s) / notebooks graded; CPU is the user + system
time of the tool and its children (kernels, sandboxes). A tool's first call pays its
import time like every real call does; nothing is warmed up.

Usage: python benchmarks/compare_tools.py [--repeat N] [--students N]
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograder.generate.nbgrader_course import write_nbgrader_course  # noqa: E402
from autograder.generate.otter_zip import write_otter_zip  # noqa: E402
from autograder.in_kernel import seed_for  # noqa: E402

ASSIGNMENT = "hw1_gradients"
BIN = Path(sys.executable).parent
EDITS = [  # student i gets EDITS[i % len(EDITS)]
    [],
    [("shifted = x - np.max(x, axis=-1, keepdims=True)", "shifted = x")],
    [("grad[idx] = (f_plus - f_minus) / (2 * h)", "grad[idx] = (f_plus - f_minus) / 2 * h")],
]


def timed(argv, cwd=None):
    """(wall seconds, cpu seconds of the children) of one call; fails loudly."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, argv))} failed:\n{done.stdout}\n{done.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def notebook(edits, template):
    nb = nbformat.read(template, as_version=4)
    for cell in nb.cells:
        for old, new in edits:
            cell.source = cell.source.replace(old, new)
    return nb


def fill(released, solved, edits):
    """The released nbgrader notebook with its solution cells answered."""
    answers = {cell.id: cell.source for cell in notebook(edits, solved).cells}
    nb = nbformat.read(released, as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("solution"):
            cell.source = answers[cell.metadata["nbgrader"]["grade_id"]]
    return nb


def bench(work, students):
    solved = ROOT / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    names = [f"student{i + 1}" for i in range(students)]
    flat = work / "notebooks"
    flat.mkdir()
    # nbgrader course, then the same filled-in notebooks for every tool
    built = write_nbgrader_course(ROOT, out=work / "build")
    course = work / "course"
    (course / "source").mkdir(parents=True)
    shutil.copy(built / "nbgrader_config.py", course)
    shutil.copytree(built / "source" / ASSIGNMENT, course / "source" / ASSIGNMENT)
    timed([BIN / "nbgrader", "generate_assignment", ASSIGNMENT], cwd=course)
    released = course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    for index, name in enumerate(names):
        nb = fill(released, solved, EDITS[index % len(EDITS)])
        folder = course / "submitted" / name / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{ASSIGNMENT}.ipynb")
        nbformat.write(nb, flat / f"{name}.ipynb")
    autograder = write_otter_zip(ASSIGNMENT, ROOT, out=work / "otter")
    paths = [str(flat / f"{name}.ipynb") for name in names]

    results = {}
    otter = [timed([BIN / "otter", "run", "-a", autograder, "-o", work, path]) for path in paths]
    results["otter run (per call)"] = (sum(w for w, _ in otter) / len(paths),
                                       sum(c for _, c in otter) / len(paths))
    wall, cpu = timed([BIN / "nbgrader", "autograde", ASSIGNMENT, "--force"], cwd=course)
    results[f"nbgrader autograde ({students} at once)"] = (wall / students, cpu / students)
    results["nbgrader autograde (one student)"] = timed(
        [BIN / "nbgrader", "autograde", ASSIGNMENT, "--student", names[0], "--force"], cwd=course)
    seed = str(seed_for(ASSIGNMENT))
    wall, cpu = timed([BIN / "nngrader", "grade", ASSIGNMENT, *paths, "-o", work / "ng",
                       "--seed", seed, "--no-progress", "--no-resume"])
    results[f"nngrader grade ({students} at once)"] = (wall / students, cpu / students)
    results["nngrader grade (one notebook)"] = timed(
        [BIN / "nngrader", "grade", ASSIGNMENT, paths[0], "-o", work / "ng1", "--seed", seed,
         "--no-progress", "--no-resume"])
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--students", type=int, default=3)
    options = parser.parse_args()
    runs = []
    for _ in range(options.repeat):
        with tempfile.TemporaryDirectory(prefix="nngrader-bench-") as work:
            runs.append(bench(Path(work), options.students))
    print(f"hw1_gradients, {options.students} notebooks, {options.repeat} run(s), "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(f"{'tool':42} {'wall s / submission':>20} {'CPU s / submission':>20}")
    for key in runs[0]:
        wall = statistics.median(run[key][0] for run in runs)
        cpu = statistics.median(run[key][1] for run in runs)
        print(f"{key:42} {wall:20.2f} {cpu:20.2f}")
    print(json.dumps({key: runs[-1][key] for key in runs[-1]}))


if __name__ == "__main__":
    main()
