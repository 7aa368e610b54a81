"""Warm sandboxes against their targets (issue 11, part 1), measured in one run.

    python benchmarks/warm_start.py [--copies 20]

  a. a fresh interpreter's `import numpy, matplotlib.pyplot` (the cost warm workers avoid);
  b. hw1 per submission at -j 1, copies of the solved notebook, warm (the default as root)
     and cold (NNGRADER_WARM=0): the median of each result's `execution_time` (steady
     state) and the batch's wall time per submission (the zygote's start included);
  c. `otter run` per submission on the same notebooks (the kit's otter zip), if installed,
     taking turns with (b)'s warm batches (--rounds), medians over the turns;
  d. hw2 and hw4: grading time per submission in a batch against the notebook's own run.
Targets: (b) <= 0.5x (a); (c) / (b) >= 20; (d) <= 1.3x. Prints numbers, asserts nothing.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# grade_speed first: it sets one BLAS thread per grading process before numpy loads
from grade_speed import PLAIN_ENV, heavy_seconds, make_copies, otter_seconds  # noqa: E402
from autograder.batch import BatchOptions, grade_batch  # noqa: E402


def import_seconds(repeat):
    """Median wall time of a fresh `python -c "import numpy, matplotlib.pyplot"`."""
    env = dict(PLAIN_ENV, MPLBACKEND="Agg")
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import numpy, matplotlib.pyplot"], env=env,
                       check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def batch_seconds(assignment_id, paths, outdir, warm):
    """(median execution_time, wall time per submission, scores) of one -j 1 batch."""
    previous = os.environ.get("NNGRADER_WARM")
    os.environ["NNGRADER_WARM"] = "1" if warm else "0"
    try:
        options = BatchOptions(assignment_id, outdir, jobs=1, progress=False, resume=False,
                               plot=False)
        started = time.perf_counter()
        rows = grade_batch(paths, options)
        wall = time.perf_counter() - started
    finally:
        if previous is None:
            os.environ.pop("NNGRADER_WARM")
        else:
            os.environ["NNGRADER_WARM"] = previous
    seconds = [result["execution_time"] for _, result in rows]
    return statistics.median(seconds), wall / len(paths), sorted({r["score"] for _, r in rows})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="hw1 submissions per batch")
    parser.add_argument("--otter-copies", type=int, default=2, help="`otter run`s per turn")
    parser.add_argument("--rounds", type=int, default=3,
                        help="turns of a warm hw1 batch and `otter run`")
    parser.add_argument("--heavy-copies", type=int, default=4, help="hw2 / hw4 submissions")
    parser.add_argument("--repeat", type=int, default=5, help="runs of the import timing")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nngrader-warm-bench-"))
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    imports = import_seconds(args.repeat)
    print(f"a. fresh `import numpy, matplotlib.pyplot`: {imports:.3f} s (median of "
          f"{args.repeat})")

    hw1 = make_copies("hw1_gradients", work / "hw1", args.copies)
    cold, cold_wall, cold_scores = batch_seconds("hw1_gradients", hw1, work / "cold", warm=False)
    # warm batches and `otter run` take turns, so that a machine that slows down or speeds
    # up during the run moves both sides of the ratio alike
    warm, walls, otter, scores = [], [], [], set()
    for turn in range(args.rounds):
        seconds, wall, batch_scores = batch_seconds("hw1_gradients", hw1, work / f"warm{turn}",
                                                    warm=True)
        warm.append(seconds)
        walls.append(wall)
        scores.update(batch_scores)
        per_otter = otter_seconds(hw1[: args.otter_copies], work / f"otter{turn}")
        if per_otter is not None:
            otter.append(per_otter)
        print(f"   turn {turn + 1}: nngrader {seconds:.3f} s per submission (median of "
              f"{args.copies}), otter run "
              + (f"{per_otter:.2f} s (mean of {args.otter_copies})" if otter else "-"))
    warm, wall = statistics.median(warm), statistics.median(walls)
    print(f"b. hw1 -j 1, {args.copies} copies: warm {warm:.3f} s per submission (median of "
          f"the turns' medians; {wall:.3f} s wall each, zygote start included; scores "
          f"{sorted(scores)}), cold {cold:.3f} s ({cold_wall:.3f} s wall; scores {cold_scores})")
    print(f"   ratio warm / import: {warm / imports:.2f} (target <= 0.5); wall: "
          f"{wall / imports:.2f}; cold / import: {cold / imports:.2f}")
    if otter:
        per_otter = statistics.median(otter)
        print(f"c. otter run: {per_otter:.2f} s per submission; nngrader is "
              f"{per_otter / warm:.1f}x faster ({per_otter / wall:.1f}x on wall time) "
              f"(target >= 20x)")
    else:
        print("c. otter run: not installed (pip install otter-grader)")

    for assignment_id in ("hw4_logistic_regression", "hw2_two_layer_net"):
        run = heavy_seconds(assignment_id, work, args.heavy_copies)
        print(f"d. {assignment_id}: {run['steady']:.2f} s per submission (median after the "
              f"first, {run['first']:.2f} s; mean {run['mean']:.2f} s), notebook's own run "
              f"{run['own']:.2f} s, ratio {run['steady'] / run['own']:.2f} (target <= 1.3; "
              f"with the first: {run['mean'] / run['own']:.2f}; scores {run['scores']})")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
