"""How fast `nngrader grade` is, against its targets (issue: trusted, accurate, fast grading).

    python benchmarks/grade_speed.py [--count 200]

Measures, with the sandbox on:
  1. hw1: seconds per submission, one at a time (target: at most 0.5 s);
  2. hw1: `--count` submissions with -j 2 (target: 200 in under 60 s on 2 cores);
  3. hw1: `otter run` on the kit's otter zip, per submission (target: nngrader 20x faster),
     when dist/hw1_gradients/autograder.zip exists (`nngrader build` makes it);
  4. hw2, hw4 (and the rest): grading time per submission in a batch (the first
     submission of a batch also loads and checksums the data sets) against the time the
     notebook's own code takes in a plain Python process (target: at most 1.5x for hw2
     and hw4).
Submissions are copies of the solved notebook, each with a different comment so that each
has its own seed. This is a benchmark, not a test: it prints numbers and asserts nothing.
"""
import argparse
import json
import os
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
# What the notebooks and otter run with: the machine's defaults, as for a student.
PLAIN_ENV = dict(os.environ)
# Grading runs as `nngrader grade` does (cli.py): one BLAS thread per grading process, set
# before numpy loads. Threaded BLAS on the trusted side fights the sandbox for the cores.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

from autograder.batch import BatchOptions, grade_batch  # noqa: E402
from autograder.questions import ASSIGNMENT_IDS  # noqa: E402


def make_copies(assignment_id, folder, count):
    solved = nbformat.read(ROOT / "solutions" / assignment_id / f"{assignment_id}.ipynb", 4)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        copy = nbformat.from_dict(json.loads(json.dumps(solved)))
        copy.cells.append(nbformat.v4.new_code_cell(f"# copy {number}"))
        path = folder / f"student{number:04d}.ipynb"
        nbformat.write(copy, path)
        paths.append(str(path))
    return paths


def grade_seconds(assignment_id, paths, outdir, jobs):
    options = BatchOptions(assignment_id, outdir, jobs=jobs, progress=False, resume=False)
    started = time.perf_counter()
    rows = grade_batch(paths, options)
    elapsed = time.perf_counter() - started
    scores = sorted({row[1]["score"] for row in rows})
    return elapsed, scores


def notebook_own_seconds(path):
    """Seconds the solved notebook's code cells take, run once in a fresh Python process:
    the student's own cost, imports, data loading and training included.

    The cells run from the notebook's folder, where its `datasets/` is (as in Jupyter); a
    cell that fails raises, so a run cut short is never reported as the notebook's time.
    """
    path = Path(path).resolve()
    notebook = nbformat.read(path, 4)
    code = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code"
                     and not cell.source.lstrip().startswith(("%", "!")))
    script = Path(tempfile.mkdtemp()) / "notebook.py"
    script.write_text("import matplotlib\nmatplotlib.use('Agg')\n" + code)
    started = time.perf_counter()
    run = subprocess.run([sys.executable, str(script)], cwd=path.parent, env=PLAIN_ENV,
                         check=False, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    shutil.rmtree(script.parent, ignore_errors=True)
    if run.returncode != 0:
        raise RuntimeError(f"{path.name} failed when run on its own, so its time means "
                           f"nothing: {run.stderr.strip()[-600:]}")
    return seconds


def otter_seconds(paths, work):
    """Seconds per submission of `otter run` with the hw1 zip (built if missing), or None."""
    if shutil.which("otter") is None:
        return None
    from autograder.generate.otter_zip import write_otter_zip

    zip_path = ROOT / "dist" / "hw1_gradients" / "autograder.zip"
    if not zip_path.exists():
        zip_path = write_otter_zip("hw1_gradients", ROOT, out=work / "otter")
    started = time.perf_counter()
    for number, path in enumerate(paths):
        output = work / f"otter{number}"
        output.mkdir(parents=True)  # otter run refuses an output folder that does not exist
        # a run that failed is not a fast one: until this checked, every `otter run` here
        # stopped at that refusal, and the 3.3 to 4.4 s measured were otter's start-up alone
        subprocess.run(["otter", "run", "-a", str(zip_path), "-o", str(output), path],
                       env=PLAIN_ENV, check=True, capture_output=True)
    return (time.perf_counter() - started) / len(paths)


def otter_line(paths, work, ours, ours_wall=None):
    """A line: `otter run` per submission on `paths`, and how many times faster `ours`
    (seconds per submission; `ours_wall`, the batch's wall time each, too) is."""
    otter = otter_seconds(paths, work)
    if otter is None:
        return "otter run: not installed (pip install otter-grader)"
    wall = f" ({otter / ours_wall:.1f}x on wall time)" if ours_wall else ""
    return (f"otter run: {otter:.2f} s per submission; nngrader is {otter / ours:.1f}x "
            f"faster{wall} (target >= 20x)")


OWN_RUNS = 3   # the notebook's own run varies by a fifth from one run to the next


def heavy_seconds(assignment_id, work, copies):
    """Grading a batch of `copies` of the solved notebook at -j 1 against its own run (the
    median of OWN_RUNS).

    Returns {"first", "steady" (median after the first), "mean" (first included), "own",
    "scores"}; the first submission of a grading process also loads the data and fills
    the reference's caches.
    """
    solved = ROOT / "solutions" / assignment_id / f"{assignment_id}.ipynb"
    paths = make_copies(assignment_id, work / assignment_id, copies)
    own = statistics.median(notebook_own_seconds(solved) for _ in range(OWN_RUNS))
    options = BatchOptions(assignment_id, work / f"out-{assignment_id}", jobs=1,
                           progress=False, resume=False, plot=False)
    rows = grade_batch(paths, options)
    seconds = [result["execution_time"] for _, result in rows]
    return {"first": seconds[0], "own": own, "mean": statistics.mean(seconds),
            "steady": statistics.median(seconds[1:]) if len(seconds) > 1 else seconds[0],
            "scores": sorted({result["score"] for _, result in rows})}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--otter-count", type=int, default=3)
    parser.add_argument("--copies", type=int, default=10,
                        help="submissions per assignment for hw2-hw6")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nngrader-bench-"))
    hw1 = make_copies("hw1_gradients", work / "hw1", args.count)

    single, scores = grade_seconds("hw1_gradients", hw1[:20], work / "out1", jobs=1)
    print(f"hw1, -j 1: {single / 20:.3f} s per submission (20 graded; scores {scores}; "
          "target <= 0.5 s)")
    batch, scores = grade_seconds("hw1_gradients", hw1, work / "out2", jobs=2)
    print(f"hw1, -j 2: {args.count} submissions in {batch:.1f} s "
          f"({batch / args.count:.3f} s each; scores {scores}; target: 200 in < 60 s)")
    print(otter_line(hw1[: args.otter_count], work, single / 20))

    for assignment_id in ASSIGNMENT_IDS[1:]:
        run = heavy_seconds(assignment_id, work, args.copies)
        print(f"{assignment_id}: {run['steady']:.2f} s per submission to grade in a batch of "
              f"{args.copies} (the first one {run['first']:.2f} s: data loaded and checked once "
              f"per batch), notebook's own code {run['own']:.2f} s, ratio "
              f"{run['steady'] / run['own']:.2f} (scores {run['scores']}; target <= 1.5 for "
              "hw2 and hw4)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
