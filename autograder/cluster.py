"""Grade a batch on a Dask distributed cluster: `nngrader grade ... --scheduler ADDRESS`.

ADDRESS is a running scheduler (`tcp://head-node:8786`) or `local:N`, which starts a local
cluster of N single-threaded worker processes. The batch (finding submissions, resume,
progress, grades.csv, pages) stays in batch.py on the instructor's machine; only the
grading of one submission travels:

  the client sends     the submission's name and bytes, its seed, the batch's settings;
  a Dask worker        grades it in its own bubblewrap sandbox, on its own machine, with the
                       trusted side (reference, cases, comparison) in the Dask worker's
                       process, exactly as a `-j` pool process does;
  the client receives  the result dict and writes it.

Each Dask worker process builds its grading context once (`_worker_context`): the data
arrays are loaded from that machine's data folder the first time a case needs them and
reused for every later submission, so large inputs reach a worker once. A worker that dies
mid-submission is Dask's to handle: the task is rerun on another worker (the scheduler's
`allowed-failures`), never scored; when every attempt dies the submission becomes a grader
fault (`status: error`) that the next run grades again.

The sandbox choice (`--sandbox auto|bubblewrap|none`) is resolved on each worker, where the
submissions run; each worker checks its sandbox and data folder once, as a local batch
does before grading. The data folder of a worker is its own $NNGRADER_DATA, else the
client's `--data` path (the same path on a shared file system).

Nothing here is imported unless `--scheduler` is given.
"""
import atexit
import logging
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path

from . import data, spares
from .extras import require
from .faults import GraderFault
from .grade import GradingContext, describe_fault, fault_result, grade_submission, kit_fingerprint
from .i18n import language, tr
from .i18n.detect import feedback_language
from .preflight import build_matplotlib_cache, preflight, use_bubblewrap
from .notebooks import SubmissionError, UnreadableSubmission, read_submission
from .questions import load_assignment
from .worker import affinity
from .results import GRADED

distributed = require("distributed", "cluster", "nngrader grade --scheduler")

LOCAL = re.compile(r"local:(\d+)")


def grade_on_cluster(pending, options, advance, record, fault):
    """Grade `pending` (Submission) on the cluster at options.scheduler; {student: result}.

    `record(submission, result)` writes one result and returns what was written (batch.py);
    `fault(submission, why)` makes a grader-fault result. Raises GraderFault when the cluster
    cannot be reached or cannot grade at all (its sandbox or data), before anything is
    written.
    """
    with language(options.lang):
        client, cluster = connect(options.scheduler)
    try:
        settings = {"assignment_id": options.assignment_id, "sandbox": options.sandbox,
                    "data_dir": str(options.data_dir) if options.data_dir else None,
                    "lang": options.lang}
        # one worker checks its sandbox and data first: a cluster that cannot grade stops
        # the batch here, as a local one does, instead of failing every submission
        client.submit(check_worker, settings, pure=False).result()
        return _grade_all(client, pending, options, settings, advance, record, fault)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def connect(address):
    """(Client, LocalCluster or None) for `local:N` or a scheduler address."""
    local = LOCAL.fullmatch(address)
    if local:
        # the workers inherit this process's environment: $NNGRADER_DATA, one BLAS thread
        cluster = distributed.LocalCluster(n_workers=int(local.group(1)), threads_per_worker=1,
                                           processes=True, dashboard_address=None,
                                           silence_logs=logging.ERROR)
        return distributed.Client(cluster), cluster
    try:
        # waits distributed.comm.timeouts.connect (30 s by default) for the scheduler
        return distributed.Client(address), None
    except (OSError, TimeoutError, ValueError) as error:
        raise GraderFault(tr("cannot reach the Dask scheduler at {address}: {problem}. "
                             "Nothing was graded.", address=address, problem=error)) from None


def _grade_all(client, pending, options, settings, advance, record, fault):
    """Submit a bounded window of submissions at a time (their bytes stay on the client
    until sent), write each result as it returns."""
    window = max(16, 4 * sum(client.nthreads().values()))
    queue = list(reversed(pending))
    futures = distributed.as_completed()
    submitted = {}
    latest = {}

    def submit_next():
        item = queue.pop()
        try:
            payload = read_submission(item.path)
        except UnreadableSubmission as error:  # it was readable when the batch began
            latest[item.student] = record(item, fault(item, str(error)))
            advance()
            return
        except SubmissionError:  # a link, a FIFO, empty, too large: scored here, never sent
            latest[item.student] = record(item, _grade_here(item, options))
            advance()
            return
        future = client.submit(grade_remote, item.student, item.path.name, payload,
                               options.seed, settings, pure=False)
        submitted[future] = item
        futures.add(future)

    while queue and len(submitted) < window:
        submit_next()
    for future in futures:
        item = submitted.pop(future)
        latest[item.student] = record(item, _result_of(
            future, item, fault, feedback_language(options.lang, item.path)))
        advance()
        while queue and len(submitted) < window:
            submit_next()
    return latest


def _result_of(future, item, fault, lang):
    """The result a worker returned, or a grader fault (saying why in `lang`, the
    student's) when none could be."""
    try:
        result = future.result()
    except distributed.KilledWorker:
        return fault(item, tr("every Dask worker that graded it died (killed by the system, "
                              "for example when memory ran out, or crashed)", lang))
    except Exception as error:  # the worker's context, the transfer
        return fault(item, error if isinstance(error, GraderFault)
                     else f"{type(error).__name__}: {error}")
    if (result.get("extra_data") or {}).get("kit") != kit_fingerprint():
        return fault(item, tr("the Dask worker runs another version of the kit (install the "
                              "same nngrader on every node)", lang))
    return result


def _grade_here(item, options):
    """A submission the client cannot read as bytes: graded here, where it is refused with
    its reason before any sandbox starts."""
    context = GradingContext(load_assignment(options.assignment_id), inputs_dir=None,
                             lang=options.lang)
    return {"status": GRADED, **grade_submission(item.path, context, options.seed)}


# -- on the Dask worker ----------------------------------------------------------------

_CONTEXTS = {}     # settings -> GradingContext, built once per worker process
_CONTEXTS_BUILT = 0
# One submission at a time per worker process, whatever its --nthreads: the context (its
# sandbox uid, its inputs folder) is a -j pool process's, made for one submission at once.
_ONE_AT_A_TIME = threading.Lock()


def grade_remote(student, name, payload, seed, settings):
    """Grade `student`'s submission `payload` (bytes of the file `name`) here; the result.

    A fault of the grader gives a result with status "error" (grade.fault_result).
    """
    with _ONE_AT_A_TIME:
        return _grade_on_this_worker(student, name, payload, seed, settings)


def _grade_on_this_worker(student, name, payload, seed, settings):
    context = _worker_context(settings)
    folder = _worker_folder("nngrader-submission-")
    path = folder / Path(name).name
    try:
        path.write_bytes(payload)
        return {"status": GRADED, **grade_submission(path, context, seed)}
    except Exception as error:  # a fault of the grader for one file must not stop the batch
        return fault_result(context.assignment, student, describe_fault(error),
                            feedback_language(context.lang, path))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_worker(settings):
    """Build this worker's context (GraderFault or DataError when it cannot grade)."""
    with _ONE_AT_A_TIME:
        _worker_context(settings)


def _worker_context(settings):
    """This worker's GradingContext for `settings`, built (and its sandbox and data checked)
    on first use; its inputs folder goes with the worker (_worker_folder)."""
    global _CONTEXTS_BUILT
    key = tuple(sorted(settings.items()))
    if key in _CONTEXTS:
        return _CONTEXTS[key]
    spares.enable()  # one submission after another: the next sandbox starts ahead

    assignment = load_assignment(settings["assignment_id"])
    data_folder = data.data_dir() or (Path(settings["data_dir"]) if settings["data_dir"]
                                      else None)
    if assignment.check_data is not None:
        with language(settings["lang"]):  # the batch's line, on the client (cli.py)
            assignment.check_data(data_folder)
    sandboxed = use_bubblewrap(settings["sandbox"], settings["lang"])
    inputs_dir = _worker_folder("nngrader-inputs-")
    atexit.register(_remove_inputs, inputs_dir)
    os.chmod(inputs_dir, 0o755)
    build_matplotlib_cache(inputs_dir)
    preflight(inputs_dir, data_folder, sandboxed, settings["lang"])
    # each worker process gets its own sandbox uid, so the process cap is per worker
    uid = 61000 + os.getpid() % 4000
    affinity.set_home(_worker_number())
    _CONTEXTS[key] = GradingContext(assignment, inputs_dir, data_folder, sandboxed, uid,
                                    lang=settings["lang"])
    _CONTEXTS_BUILT += 1
    return _CONTEXTS[key]


def _worker_number():
    """This Dask worker's number where its name is one (a local:N cluster names them 0 to
    N - 1), so that workers of one machine get different home CPUs; else its process id."""
    try:
        name = distributed.get_worker().name
    except ValueError:  # not running in a Dask worker (a test calls this directly)
        return os.getpid()
    return name if isinstance(name, int) else os.getpid()


def _worker_folder(prefix):
    """A new folder in this Dask worker's local directory.

    A worker that exits removes its inputs folder (atexit); one that is killed (out of
    memory, SIGKILL) runs nothing, but Dask removes a dead worker's directory, with these
    folders in it, when the next worker starts on that directory (its nanny's restart).
    Outside a Dask worker (a direct call), a folder in the system's temporary directory.
    """
    try:
        base = distributed.get_worker().local_directory
    except ValueError:  # not running on a Dask worker
        base = None
    return Path(tempfile.mkdtemp(prefix=prefix, dir=base))


def _remove_inputs(inputs_dir):
    """At the worker's exit: its warm zygotes first (they mount the folder), then the folder."""
    from .warm import close_zygotes

    close_zygotes()
    shutil.rmtree(inputs_dir, ignore_errors=True)


def contexts_built():
    """How many grading contexts this worker process has built (for the tests)."""
    return _CONTEXTS_BUILT
