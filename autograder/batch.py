"""Grade many submissions: parallel workers, a progress bar, resume, the class gradebook.

A submission whose result file is current (same submission bytes, same assignment, same
grading code, same seed rule) is not graded again. Every result is written atomically as
soon as it is ready, so an interrupted batch resumes where it stopped.

A fault of the grader is never a score. Before anything is graded the sandbox must start a
worker and run a cell (else SandboxUnavailable, and no file is written). During the batch,
an exception of the grader while grading one submission, a result that cannot be written,
or a pool process that dies (the OOM killer, a crash) costs that submission only: it is
retried once, alone, in a fresh process, and if it fails again its result has
`"status": "error"` and no score, and the next run grades it again.

With `scheduler` set (`--scheduler`), each submission is graded on a Dask cluster instead
of the local pool (cluster.py); everything else here is the same.

Nothing here prints or sets an environment variable: the data folder is passed to each
grading context, progress goes to the caller's `progress` (cli.py shows a bar), and the
missing-sandbox warning goes to the `logging` module.

No process of the trusted side imports from the working directory or a submissions folder:
the one subprocess started here runs Python in isolated mode (`-I`) in an empty folder.
"""
import contextlib
import hashlib
import logging
import multiprocessing
import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import data, defaults
from .i18n import language, tr
from .i18n.detect import feedback_language
from .grade import GradingContext, describe_fault, fault_result, grade_submission, \
    kit_fingerprint, submission_seed
from .notebooks import SubmissionError, read_submission
from .pages import write_class_report, write_feedback_page
from .questions import load_assignment, oracles
from .report import class_report
from .results import ERROR, GRADED, gradebook, grades_table, is_error, read_result, \
    write_atomically, write_result
from .preflight import build_matplotlib_cache, preflight, use_bubblewrap
from . import spares
from .worker import affinity
from .warm import close_zygotes
from .submissions import Submission, one_per_student, student_name

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchOptions:
    """How a batch is graded; the defaults are defaults.py's, as for `nngrader grade`.

    progress: None, or a factory (pending, total) -> context manager whose value is a
    function called once per submission graded (cli.py's progress bar, for one).
    """

    assignment_id: str
    outdir: Path
    jobs: int = defaults.JOBS
    data_dir: Path | None = None  # None: data.data_dir() (the kit's data/ or $NNGRADER_DATA)
    sandbox: str = defaults.SANDBOX   # "bubblewrap", "none" or "auto"
    seed: int | None = defaults.SEED  # None: each submission's seed is a hash of its bytes
    resume: bool = defaults.RESUME
    progress: Callable | None = None
    plot: bool = defaults.PLOT        # OUTDIR/class_report.png: how the class did
    lang: str = defaults.LANG         # feedback: "en", "zh" or "auto" (i18n/detect.py)
    scheduler: str | None = defaults.SCHEDULER  # a Dask scheduler or local:N (cluster.py)


@dataclass
class BatchOutcome:
    rows: list = field(default_factory=list)      # [(student, result)] of this batch
    refused: list = field(default_factory=list)   # sentences: students left out, and why
    sandbox: str = ""                              # which sandbox graded ("bubblewrap 0.8.0 at ...")
    problems: list = field(default_factory=list)  # sentences: paths naming nothing gradable

    @property
    def faults(self):
        """[(student, why)] of the submissions the grader failed on: no score, rerun."""
        return [(name, (result.get("extra_data") or {}).get("error", ""))
                for name, result in self.rows if is_error(result)]


def result_path(outdir, student):
    return Path(outdir) / f"{student}.json"


def grade_batch(submissions, options):
    """Grade `submissions` (paths or Submission); return [(student, result)] in order."""
    return run_batch(submissions, options).rows


def run_batch(submissions, options):
    """Grade `submissions` (paths, named by `student_name`, or Submission); BatchOutcome.

    Raises GraderFault (SandboxUnavailable, unreadable folders) or data.DataError before
    any file is written when the grader cannot grade at all. Everything else that fails is
    that submission's result, or the student's line in BatchOutcome.refused.
    """
    assignment = load_assignment(options.assignment_id)
    outdir = Path(options.outdir)
    students, refused = one_per_student(
        [item if isinstance(item, Submission) else Submission(student_name(item), Path(item))
         for item in submissions], "en" if options.lang == "auto" else options.lang)
    pending = [item for item in students
               if not (options.resume and is_current(read_result(result_path(outdir, item.student)),
                                                     item.path, options))]
    # with --scheduler the sandbox is chosen and checked on the Dask workers (cluster.py)
    sandboxed = False if options.scheduler else use_bubblewrap(options.sandbox, options.lang)
    # the one folder the cases' data (Shared inputs) and the sandboxed notebooks read
    data_folder = Path(options.data_dir) if options.data_dir else data.data_dir()
    latest, sandbox_line = {}, ""
    if options.scheduler and pending:
        latest = _grade_on_cluster(pending, options, assignment, outdir, len(students))
        pending = []  # graded there: the gradebook and pages below are the same
    if assignment.check_data is not None and pending:
        with language(options.lang):  # its DataError is the batch's line (cli.py)
            assignment.check_data(data_folder)  # stops here, not as zeros for everyone
    if pending:
        inputs_dir = Path(tempfile.mkdtemp(prefix="nngrader-inputs-"))
        try:
            os.chmod(inputs_dir, 0o755)
            build_matplotlib_cache(inputs_dir)
            sandbox_line = preflight(inputs_dir, data_folder, sandboxed, options.lang)
            outdir.mkdir(parents=True, exist_ok=True)
            with _progress(options.progress, len(pending), len(students)) as advance:
                # even with -j 1 grading runs in a child process: if the system kills it
                # (out of memory) or it crashes, one submission is lost, not the batch
                latest = _grade_in_pools(pending, options, (inputs_dir, data_folder,
                                                            sandboxed, options.lang),
                                         advance)
        finally:
            close_zygotes()  # they mount this batch's inputs folder
            shutil.rmtree(inputs_dir, ignore_errors=True)
    rows = [(item.student, latest.get(item.student)
             or read_result(result_path(outdir, item.student))
             or _not_read_back(assignment, item.student, feedback_language(options.lang, item.path)))
            for item in students]
    if students:
        _write_gradebook(outdir, assignment, dict(rows), options.plot)
        _refresh_pages(outdir, students, assignment)
    return BatchOutcome(rows, refused, sandbox_line)


def _not_read_back(assignment, student, lang):
    return fault_result(assignment, student, tr("its result could not be read back", lang),
                        lang)


def _grade_on_cluster(pending, options, assignment, outdir, total):
    """Grade `pending` on the Dask cluster of options.scheduler; {student: result}."""
    from .cluster import grade_on_cluster  # imports Dask: only with --scheduler

    def record(submission, result):
        outdir.mkdir(parents=True, exist_ok=True)
        return _record(outdir, submission, assignment, result, options.lang)

    def fault(submission, why):
        return fault_result(assignment, submission.student, str(why),
                            feedback_language(options.lang, submission.path))

    with _progress(options.progress, len(pending), total) as advance:
        return grade_on_cluster(pending, options, advance, record, fault)


def _refresh_pages(outdir, students, assignment):
    """Feedback pages missing or older than their result (a resumed batch, a fault written
    by the parent), then OUTDIR/class_report.html from every result in the folder."""
    for item in students:
        result_file = result_path(outdir, item.student)
        page_file = result_file.with_suffix(".html")
        if result_file.exists() and (not page_file.exists()
                                     or page_file.stat().st_mtime < result_file.stat().st_mtime):
            write_feedback_page(result_file, item.path, assignment)
    write_class_report(outdir, assignment)


def _write_gradebook(outdir, assignment, latest, plot):
    """grades.csv and the class report, for every student with a result in `outdir`."""
    book = gradebook(outdir, assignment.id, latest)
    write_atomically(outdir / "grades.csv",
                     grades_table(book, [question.name for question in assignment.questions]))
    if plot:
        class_report([(name, result) for name, result in book if not is_error(result)],
                     [(question.name, question.points) for question in assignment.questions],
                     outdir / "class_report.png")


def is_current(result, submission, options):
    """True when `result` was produced by this grading code for these exact bytes."""
    if result is None or result.get("status") == ERROR:
        return False
    extra = result.get("extra_data") or {}
    try:
        data = read_submission(submission)
    except (OSError, SubmissionError):
        return False
    seed = submission_seed(options.assignment_id, data) if options.seed is None else options.seed
    return (extra.get("assignment") == options.assignment_id
            and extra.get("submission_sha256") == hashlib.sha256(data).hexdigest()
            and extra.get("seed") == seed and extra.get("kit") == kit_fingerprint()
            and extra.get("lang", "en") == feedback_language(options.lang, submission))


def _grade_and_write(context, submission, outdir, seed):
    """Grade one submission and write its result; {student: result}.

    A fault of the grader (any exception here) gives a result with status "error" and no
    score; a result that cannot be written is reported in the returned one only.
    """
    try:
        result = {"status": GRADED, **grade_submission(submission.path, context, seed)}
    except Exception as error:  # a fault of the grader for one file must not stop the batch
        result = fault_result(context.assignment, submission.student, describe_fault(error),
                              feedback_language(context.lang, submission.path))
    return {submission.student: _record(outdir, submission, context.assignment, result,
                                        context.lang)}


def _record(outdir, submission, assignment, result, lang):
    """Write `result` and its feedback page; the result, or a fault if it cannot be written."""
    try:
        write_result(result_path(outdir, submission.student), result)
        write_feedback_page(result_path(outdir, submission.student), submission.path,
                            assignment)
    except Exception as error:  # a full disk, a name the file system refuses
        lang = feedback_language(lang, submission.path)
        result = fault_result(assignment, submission.student, tr(
            "its result could not be written: {error}", lang, error=error), lang)
    return result


# -- the process pool ---------------------------------------------------------------------

_POOL_CONTEXT = None
_POOL_STATE = None   # one byte per submission of the round: 0 queued, 1 started, 2 finished
QUEUED, STARTED, FINISHED = 0, 1, 2


def _grade_in_pools(pending, options, context_args, advance):
    """Grade `pending` with options.jobs processes; {student: result} of what was graded.

    When a pool process dies, the pool is lost: the submissions it had not started go to a
    fresh pool; each one it had started is retried alone, and is a grader fault if its
    process dies again.
    """
    latest, queue = {}, list(pending)
    while queue:
        done, started, queued = _pool_round(queue, options, context_args, options.jobs,
                                            advance)
        latest.update(done)
        for item in started:
            retried, died, _ = _pool_round([item], options, context_args, 1, advance)
            latest.update(retried)
            if died:
                lang = feedback_language(options.lang, item.path)
                latest[item.student] = fault_result(
                    load_assignment(options.assignment_id), item.student, tr(
                        "the process grading it died twice (killed by the system, for "
                        "example when memory ran out, or crashed)", lang), lang)
                _write_fault(options.outdir, latest[item.student], item.student)
                advance()
        if not done and not started:  # the pool cannot even start a task
            for item in queued:
                lang = feedback_language(options.lang, item.path)
                latest[item.student] = fault_result(
                    load_assignment(options.assignment_id), item.student,
                    tr("no grading process could start", lang), lang)
                _write_fault(options.outdir, latest[item.student], item.student)
            break
        queue = queued
    return latest


def _pool_round(items, options, context_args, workers, advance):
    """One pool over `items`: ({student: result} finished, [started, then lost], [never
    started])."""
    state = multiprocessing.Array("b", len(items), lock=False)
    started = multiprocessing.Value("i", 0)  # pool processes started: each one's number
    finished = {}
    with ProcessPoolExecutor(workers, initializer=_init_worker,
                             initargs=(options.assignment_id, *context_args, state, workers,
                                       started)) as pool:
        futures = {pool.submit(_grade_in_pool, index, item, options.outdir, options.seed): index
                   for index, item in enumerate(items)}
        for future in as_completed(futures):
            index = futures[future]
            try:
                finished.update(future.result())
            except BrokenProcessPool:
                continue
            except Exception as error:  # the task could not even be sent or returned
                item = items[index]
                finished[item.student] = fault_result(
                    load_assignment(options.assignment_id), item.student, describe_fault(error),
                    feedback_language(options.lang, item.path))
                state[index] = FINISHED
            advance()
    for index, item in enumerate(items):  # finished, but its process died before replying
        if state[index] == FINISHED and item.student not in finished:
            finished[item.student] = read_result(result_path(options.outdir, item.student))
            advance()
    return (finished, [item for index, item in enumerate(items) if state[index] == STARTED],
            [item for index, item in enumerate(items) if state[index] == QUEUED])


def _write_fault(outdir, result, student):
    try:
        write_result(result_path(outdir, student), result)
    except OSError:
        pass  # the result in memory still says so, and the run exits non-zero


def _init_worker(assignment_id, inputs_dir, data_dir, sandboxed, lang, state, workers,
                 started):
    global _POOL_CONTEXT, _POOL_STATE
    spares.enable()  # one submission after another: the next sandbox starts ahead
    with started.get_lock():
        number, started.value = started.value, started.value + 1
    affinity.set_home(number)  # its own CPU for the oracle round trips of its cases
    share = blas_threads_per_sandbox(workers)
    oracles.set_blas_share(share)
    # each pool process gets its own sandbox uid, so the process cap is per worker
    uid = 61000 + os.getpid() % 4000
    _POOL_CONTEXT = GradingContext(load_assignment(assignment_id), Path(inputs_dir), data_dir,
                                   sandboxed, uid, lang=lang, blas_threads=share)
    _POOL_STATE = state


def blas_threads_per_sandbox(workers):
    """Each of `workers` concurrent sandboxes' share of this machine's CPUs, at least one:
    at -j 1 on two cores a notebook's np.dot runs on both, as it does on the student's
    own machine (the grading process's own BLAS stays at one thread, cli.py)."""
    return max(1, len(affinity.usable_cpus() or [0]) // max(1, workers))


def _grade_in_pool(index, submission, outdir, seed):
    _POOL_STATE[index] = STARTED
    outcome = _grade_and_write(_POOL_CONTEXT, submission, outdir, seed)
    _POOL_STATE[index] = FINISHED
    return outcome


def _progress(progress, pending, total):
    """The caller's progress display for this batch (options.progress), or one that shows
    nothing; its value is called once per submission graded."""
    if not progress:
        return contextlib.nullcontext(lambda: None)
    return progress(pending, total)
