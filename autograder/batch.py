"""Grade many submissions: parallel workers, a progress bar, resume, grades.csv.

A submission whose result file is current (same submission bytes, same assignment, same
grading code, same seed rule) is not graded again. Every result is written atomically as
soon as it is ready, so an interrupted batch resumes where it stopped. An error inside
the grader for one submission gives that submission zeros with the reason; it never stops
the batch.
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

from . import data
from .i18n.detect import submission_language
from .grade import GradingContext, grade_submission, kit_fingerprint, submission_seed
from .pages import refresh_pages, write_feedback_page
from .questions import load_assignment
from .report import class_report
from .results import grades_table, read_result, write_atomically, write_result
from .sandbox import bubblewrap_available
from .warm import close_zygotes


@dataclass(frozen=True)
class BatchOptions:
    assignment_id: str
    outdir: Path
    jobs: int = 1
    data_dir: Path | None = None
    sandbox: str = "auto"         # "bubblewrap", "none" or "auto"
    seed: int | None = None       # None: each submission's seed is a hash of its bytes
    resume: bool = True
    progress: bool = True
    plot: bool = True             # OUTDIR/class_report.png: how the class did
    lang: str = "en"              # feedback language: "en", "zh" or "auto" (i18n/detect.py)


def result_path(outdir, submission):
    return Path(outdir) / f"{Path(submission).stem}.json"


def is_current(result, submission, options):
    """True when `result` was produced by this grading code for these exact bytes."""
    if result is None:
        return False
    extra = result.get("extra_data") or {}
    try:
        data = Path(submission).read_bytes()
    except OSError:
        return False
    seed = submission_seed(options.assignment_id, data) if options.seed is None else options.seed
    return (extra.get("assignment") == options.assignment_id
            and extra.get("submission_sha256") == hashlib.sha256(data).hexdigest()
            and extra.get("seed") == seed and extra.get("kit") == kit_fingerprint()
            and extra.get("lang", "en") == _language(options.lang, submission))


def _language(lang, submission):
    """The feedback language a submission gets under `--lang lang`."""
    return submission_language(submission) if lang == "auto" else lang


def use_bubblewrap(choice):
    if choice == "none":
        return False
    if choice == "bubblewrap" and not bubblewrap_available():
        raise RuntimeError("--sandbox bubblewrap was asked for, but `bwrap` is not installed "
                           "(apt-get install bubblewrap)")
    if not bubblewrap_available():
        print("warning: bubblewrap (bwrap) is not installed, so submissions run without the "
              "sandbox: they can read files and use the network (docs/SECURITY.md). "
              "Install it with `apt-get install bubblewrap`, or pass --sandbox none to "
              "silence this warning.", file=sys.stderr)
        return False
    return True


def grade_batch(submissions, options):
    """Grade `submissions` (paths); return [(submission, result)] in the given order."""
    assignment = load_assignment(options.assignment_id)
    outdir = Path(options.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    _refuse_name_clashes(submissions)
    pending = [path for path in submissions
               if not (options.resume and is_current(read_result(result_path(outdir, path)),
                                                     path, options))]
    sandboxed = use_bubblewrap(options.sandbox)
    # The question declarations load their data through autograder.data, which reads
    # $NNGRADER_DATA (pool processes inherit it); the sandboxed notebooks get the same folder.
    if options.data_dir:
        os.environ[data.ENV_VAR] = str(options.data_dir)
    data_folder = data.data_dir()
    if assignment.check_data is not None:
        assignment.check_data()  # a missing data set stops here, not as zeros for everyone
    inputs_dir = Path(tempfile.mkdtemp(prefix="nngrader-inputs-"))
    os.chmod(inputs_dir, 0o755)
    build_matplotlib_cache(inputs_dir)
    try:
        with _progress(options.progress, len(pending), len(submissions)) as advance:
            if options.jobs <= 1 or len(pending) <= 1:
                context = GradingContext(assignment, inputs_dir, data_folder, sandboxed,
                                         lang=options.lang)
                for path in pending:
                    _grade_and_write(context, path, outdir, options.seed)
                    advance()
            else:
                with ProcessPoolExecutor(options.jobs, initializer=_init_worker,
                                         initargs=(options.assignment_id, inputs_dir,
                                                   data_folder, sandboxed,
                                                   options.lang)) as pool:
                    futures = [pool.submit(_grade_in_pool, path, outdir, options.seed)
                               for path in pending]
                    for future in as_completed(futures):
                        future.result()
                        advance()
    finally:
        close_zygotes()  # they mount this batch's inputs folder
        shutil.rmtree(inputs_dir, ignore_errors=True)
    rows = [(Path(path).stem, read_result(result_path(outdir, path))) for path in submissions]
    write_atomically(outdir / "grades.csv",
                     grades_table(rows, [question.name for question in assignment.questions]))
    if options.plot:
        class_report(rows, [(question.name, question.points) for question in assignment.questions],
                     outdir / "class_report.png")
    refresh_pages(outdir, submissions, assignment)  # feedback pages, class_report.html
    return rows


def build_matplotlib_cache(inputs_dir):
    """Build matplotlib's font cache once per batch; each worker copies it (worker/__main__)."""
    cache = Path(inputs_dir) / "matplotlib"
    env = dict(os.environ, MPLCONFIGDIR=str(cache), MPLBACKEND="Agg")
    subprocess.run([sys.executable, "-c", "import matplotlib.pyplot"], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    for folder, _, files in os.walk(cache):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)


def _refuse_name_clashes(submissions):
    stems = {}
    for path in submissions:
        stem = Path(path).stem
        if stem in stems and Path(stems[stem]).resolve() != Path(path).resolve():
            raise ValueError(f"{stems[stem]} and {path} would both write {stem}.json; "
                             "rename one of them")
        stems[stem] = path


def _grade_and_write(context, path, outdir, seed):
    try:
        result = grade_submission(path, context, seed)
    except Exception as error:  # a grader fault for one file must not stop the batch
        result = _failed_result(context.assignment, path, error)
    write_result(result_path(outdir, path), result)
    write_feedback_page(result_path(outdir, path), path, context.assignment)


def _failed_result(assignment, path, error):
    reason = f"The grader could not grade {Path(path).name}: {type(error).__name__}: {error}"
    return {"score": 0.0, "output": reason,
            "tests": [{"name": question.name, "score": 0.0, "max_score": float(question.points),
                       "output": reason, "visibility": "visible"}
                      for question in assignment.questions],
            "extra_data": {"assignment": assignment.id, "error": True}}


_POOL_CONTEXT = None


def _init_worker(assignment_id, inputs_dir, data_dir, sandboxed, lang="en"):
    global _POOL_CONTEXT
    # each pool process gets its own sandbox uid, so the process cap is per worker
    uid = 61000 + os.getpid() % 4000
    _POOL_CONTEXT = GradingContext(load_assignment(assignment_id), Path(inputs_dir), data_dir,
                                   sandboxed, uid, lang=lang)


def _grade_in_pool(path, outdir, seed):
    _grade_and_write(_POOL_CONTEXT, path, outdir, seed)


class _progress:
    """A rich progress bar (or nothing) that counts graded submissions."""

    def __init__(self, enabled, pending, total):
        self.enabled, self.pending, self.total = enabled, pending, total

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        self.bar = Progress("[progress.description]{task.description}", BarColumn(),
                            MofNCompleteColumn(), TimeElapsedColumn(), transient=False)
        self.bar.start()
        done = self.total - self.pending
        self.task = self.bar.add_task(f"grading ({done} already current)", total=self.pending)
        return lambda: self.bar.advance(self.task)

    def __exit__(self, *exc):
        if self.enabled:
            self.bar.stop()
