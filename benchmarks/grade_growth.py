"""How grading cost grows with the number of submissions (issue: a MOOC in minutes).

    python benchmarks/grade_growth.py [--quick]

Grades 1, 10, 100 and 1000 hw1 submissions (`--quick`: 1, 10, 100) locally with -j 2,
then 100 through a `local:2` Dask cluster (its start-up is included), with the sandbox on,
each run into a fresh results folder. Prints one row per run:
  - wall seconds and seconds per submission (cost should grow linearly: constant s/sub);
  - peak RSS of the client (this process: the batch, the gradebook, the pages);
  - peak RSS of the largest grading process (a -j pool process, or a Dask worker or
    nanny), which should not grow with the number of submissions;
  - peak RSS of the whole process tree (client, grading processes and the sandboxed
    notebooks), sampled every 0.2 s with psutil (or /proc when psutil is missing).
Submissions are the perfect hw1 source plus one realistic bug of tests/corpora, in turn,
each with its own comment so that each is distinct (its own seed; resume skips nothing).
This is a benchmark, not a test: it prints numbers and asserts nothing.
"""
import argparse
import inspect
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

from autograder.batch import BatchOptions, grade_batch  # noqa: E402
from autograder.questions import load_assignment  # noqa: E402

ASSIGNMENT = "hw1_gradients"
CORPUS = ROOT / "tests" / "corpora" / ASSIGNMENT
MIB = 1024 * 1024


def make_submissions(folder, count):
    """`count` distinct hw1 submissions, each the perfect source with one corpus bug."""
    base = "# %%\nimport numpy as np\n\n# %%\n" + "\n\n# %%\n".join(
        inspect.getsource(value) for value in load_assignment(ASSIGNMENT).namespace().values())
    bugs = sorted(CORPUS.glob("bug_*.py"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"student{number:04d}.py"
        path.write_text(f"{base}\n\n# %%\n# submission {number}\n"
                        f"{bugs[number % len(bugs)].read_text()}")
        paths.append(str(path))
    return paths


# -- memory sampling ----------------------------------------------------------------------

def _tree():
    """[(pid, parent pid, name, rss bytes)] of this process and its descendants."""
    try:
        import psutil
    except ImportError:
        return _tree_from_proc()
    me = psutil.Process()
    rows = []
    for process in [me, *me.children(recursive=True)]:
        try:
            rows.append((process.pid, process.ppid(), process.name(), process.memory_info().rss))
        except psutil.Error:  # ended while we looked
            pass
    return rows


def _tree_from_proc():
    table = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                name = stat[stat.index("(") + 1:stat.rindex(")")]
                fields = stat[stat.rindex(")") + 2:].split()
                table[int(entry)] = (int(fields[1]), name, int(fields[21]) * os.sysconf(
                    "SC_PAGE_SIZE"))
            except (OSError, ValueError):
                pass
    mine, frontier = {os.getpid()}, [os.getpid()]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, row in table.items() if row[0] == parent]
        mine.update(children)
        frontier.extend(children)
    return [(pid, *table[pid]) for pid in mine if pid in table]


class PeakMemory:
    """Samples the process tree in a thread: peaks of the client, of the largest grading
    process (not a sandbox), and of the tree's total."""

    def __init__(self, interval=0.2):
        self.interval = interval
        self.client = self.grader = self.total = 0
        self._stop = threading.Event()

    def __enter__(self):
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _sample(self):
        while not self._stop.is_set():
            rows = _tree()
            sandboxed = _under_bubblewrap(rows)
            self.total = max(self.total, sum(row[3] for row in rows))
            for pid, _, _, rss in rows:
                if pid == os.getpid():
                    self.client = max(self.client, rss)
                elif pid not in sandboxed:
                    self.grader = max(self.grader, rss)
            self._stop.wait(self.interval)


def _under_bubblewrap(rows):
    """Pids of bwrap processes and everything they started: the submissions' side."""
    children = {}
    for pid, parent, _, _ in rows:
        children.setdefault(parent, []).append(pid)
    frontier = [pid for pid, _, name, _ in rows if name == "bwrap"]
    found = set(frontier)
    while frontier:
        for child in children.get(frontier.pop(), []):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return found


# -- runs ----------------------------------------------------------------------------------

def run(paths, work, label, **options):
    outdir = Path(tempfile.mkdtemp(prefix=f"{label}-", dir=work))
    batch = BatchOptions(ASSIGNMENT, outdir, progress=False, resume=False, **options)
    with PeakMemory() as memory:
        started = time.perf_counter()
        rows = grade_batch(paths, batch)
        elapsed = time.perf_counter() - started
    faults = sum(result.get("status") == "error" for _, result in rows)
    return {"run": label, "count": len(paths), "seconds": elapsed,
            "per_submission": elapsed / len(paths), "client": memory.client / MIB,
            "grader": memory.grader / MIB, "total": memory.total / MIB, "faults": faults}


def print_table(rows):
    header = (f"{'run':<14}{'subs':>6}{'wall s':>9}{'s/sub':>8}{'client MiB':>12}"
              f"{'max worker MiB':>16}{'tree MiB':>10}{'faults':>8}")
    print(header)
    print("-" * len(header))
    for row in rows:
        print(f"{row['run']:<14}{row['count']:>6}{row['seconds']:>9.1f}"
              f"{row['per_submission']:>8.3f}{row['client']:>12.0f}{row['grader']:>16.0f}"
              f"{row['total']:>10.0f}{row['faults']:>8}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1, 10 and 100 only")
    parser.add_argument("--dask-count", type=int, default=100,
                        help="submissions graded through local:2 (default 100)")
    arguments = parser.parse_args()
    counts = [1, 10, 100] if arguments.quick else [1, 10, 100, 1000]
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    rows = []
    with tempfile.TemporaryDirectory(prefix="nngrader-growth-") as work:
        work = Path(work)
        paths = make_submissions(work / "subs", max(counts + [arguments.dask_count]))
        for count in counts:
            rows.append(run(paths[:count], work, "-j 2", jobs=2))
            print_table([rows[-1]])  # as it goes: the full run is long
        rows.append(run(paths[:arguments.dask_count], work, "dask local:2",
                        scheduler="local:2"))
        print_table([rows[-1]])
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end\n")
    print_table(rows)


if __name__ == "__main__":
    main()
