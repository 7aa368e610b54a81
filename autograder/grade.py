"""Grade one submission: run its cells in the sandbox, then every case of every question.

The steps, in order:
  1. read the cells (notebooks.py); an unreadable file scores zero everywhere, with why;
  2. run every code cell in a worker; a cell that raises is reported and the next one runs;
     a cell that kills the worker or hangs is reported, and the worker is restarted with
     the notebook replayed without it;
  3. for each case, the case loop (cases.py, shared with in_kernel.py): draw inputs from
     the recorded seed, run the driver in the worker (`sandbox_call`), run it on the
     reference here, compare with the declared checks; a case that hangs or crashes
     scores zero and the worker is restarted; then name a known mistake that explains
     every failed case of the question (naming.py);
  4. assemble the Gradescope result.
"""
import hashlib
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import defaults
from .budget import MIN_ELEMENTS, Budget, OverBudget, active
from .case_details import prefetch_curve, question_details
from .cases import case_line, question_score, question_verdicts
from .faults import GraderFault
from .results import ERROR
from .i18n import language, tr, worker_text
from .i18n.detect import feedback_language
from .helper_check import helper_request, helper_warning, helpers_to_check
from .notebooks import SubmissionError, UnreadableSubmission, cells_from_bytes, read_submission
from .sandbox import Limits
from .session import Reply, WorkerSession
from .submission_budget import SubmissionBudget
from .worker import wire
from .worker.drivers.base import cell_title, exception_text
from .worker.functions import TEST_FUNCTION

KIT_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class GradingContext:
    """What stays the same for every submission of a batch."""

    assignment: object
    inputs_dir: Path                      # shared, read-only inside the sandbox
    data_dir: Path | None = None
    use_bubblewrap: bool = True
    uid: int = 65534
    lang: str = "en"                      # feedback: "en", "zh", or "auto" (per submission)
    blas_threads: int = 1                 # numpy's BLAS threads in each sandbox
    _reference_inputs: dict = field(default_factory=dict)

    def shared_array(self, shared):
        """Load a Shared input once per process and make sure its file exists."""
        if shared.key not in self._reference_inputs:
            array = np.ascontiguousarray(shared.load(self.data_dir))
            target = self.inputs_dir / f"{shared.key}.npy"
            if not target.exists():
                temporary = self.inputs_dir / f".{shared.key}.{os.getpid()}.npy"
                np.save(temporary, array, allow_pickle=False)
                os.chmod(temporary, 0o644)  # the sandbox's uid reads it, whatever the umask
                os.replace(temporary, target)
            self._reference_inputs[shared.key] = array
        return self._reference_inputs[shared.key]


def submission_seed(assignment_id, data):
    """The default seed: a hash of the submission, so a regrade draws the same cases."""
    digest = hashlib.sha256(assignment_id.encode() + b"\0" + data).digest()
    return int.from_bytes(digest[:4], "big")


def grade_submission(path, context, seed=None):
    """Grade the file at `path`; return the Gradescope result dict, its feedback in the
    context's language (with "auto", the language of the notebook it was made from),
    recorded as extra_data.lang.

    A fault of the submission scores what it earns; a fault of the grader (GraderFault, or
    any other exception) propagates: the caller records it without a score.
    """
    lang = feedback_language(context.lang, path)
    # the trusted side computes on values the submission chose (nan, inf, overflowing
    # logits): numpy's warnings about them would only clutter the instructor's terminal
    with language(lang), np.errstate(all="ignore"):
        result = _grade_submission(path, context, seed)
    result["extra_data"]["lang"] = lang
    return result


def _grade_submission(path, context, seed):
    started = time.monotonic()
    path = Path(path)
    assignment = context.assignment
    try:
        data = read_submission(path)  # bounded: never more than MAX_FILE_BYTES
    except UnreadableSubmission as error:  # it was there when the batch began: the grader's
        raise GraderFault(str(error)) from None
    except SubmissionError as error:  # a link, a FIFO, empty, too large: the submission's
        data, load_problem = b"", str(error)
    else:
        load_problem = None
    seed = submission_seed(assignment.id, data) if seed is None else int(seed)
    try:
        cells = cells_from_bytes(path.name, data) if load_problem is None else []
    except SubmissionError as error:
        load_problem = str(error)
    if load_problem is not None:
        why = tr("Not graded: {problem}.", problem=worker_text(load_problem).rstrip("."))
        tests = [_test_entry(question, 0.0, why) for question in assignment.questions]
        return _result(tests, seed, data, assignment, started, why)
    runner = NotebookRunner(cells, context)
    try:
        notes = runner.run_all_cells()
        tests = [grade_question(runner, context, question, number, seed)
                 for number, question in enumerate(assignment.questions)]
    finally:
        runner.close()
    return _result(tests, seed, data, assignment, started, "\n".join(notes))


class NotebookRunner:
    """A worker holding the notebook's state; restarted (and replayed) when it dies.

    The cells replayed after a restart are every cell that ran to its end or raised: a
    cell that raised may have defined names before it did, and the notebook relies on
    them as it does in Jupyter. Cells that killed or hung the worker are not replayed.
    Everything is bounded by the submission's budget (autograder/submission_budget.py).
    """

    def __init__(self, cells, context, budget=None):
        self.cells = cells
        self.context = context
        self.replay_cells = []
        self.session = None
        self.budget = budget if budget is not None else SubmissionBudget()
        self.cell_restarts = 0

    def _new_session(self):
        # the session leases a uid of its own: concurrent sandboxes never share one
        session = WorkerSession(self.context.inputs_dir, self.context.data_dir,
                                self.context.use_bubblewrap,
                                limits=Limits(blas_threads=self.context.blas_threads))
        session.start()
        return session

    def run_all_cells(self):
        """Run every cell once; return notes about the cells that failed or did not run."""
        notes = []
        self.session = self._new_session()
        for position, cell in enumerate(self.cells):
            if self.budget.out_of_time():
                notes.append(_not_run_note(self.cells[position:], self.budget.time_message()))
                break
            if self.cell_restarts >= self.budget.cell_restarts:
                notes.append(_not_run_note(self.cells[position:],
                                           self.budget.restarts_message()))
                break
            reply = self._run_cell(cell)
            if reply.status in ("ok", "error"):
                self.replay_cells.append(cell)
            if reply.status == "ok":
                continue
            if reply.status == "timeout" and self.budget.out_of_time():
                notes.append(_not_run_note(self.cells[position:], self.budget.time_message()))
                break
            notes.append(tr("{cell} was skipped: {problem}", cell=_capital(worker_text(
                cell_title(f"<cell {cell.index}>", cell.source))), problem=_cell_problem(reply)))
            if reply.status in ("timeout", "crashed"):
                self.cell_restarts += 1
                self.restart()
        return notes

    def _run_cell(self, cell):
        timeout = self.budget.timeout(self.context.assignment.cell_timeout)
        return self.session.run_cell(cell.index, cell.source, timeout)

    def restart(self):
        """A fresh worker with the notebook replayed; a cell that now kills or hangs the
        worker is dropped and the replay starts again without it."""
        while True:
            if self.session is not None:
                self.session.kill()
            self.session = self._new_session()
            for cell in list(self.replay_cells):
                if self.budget.out_of_time():
                    return
                if self._run_cell(cell).status in ("timeout", "crashed"):
                    self.replay_cells.remove(cell)
                    break
            else:
                return

    def run_case(self, request, timeout, oracle):
        if self.budget.out_of_time():
            return Reply("error", tr("not run: {why}", why=self.budget.time_message()), kind="contract")
        if self.session is None or self.session.process is None:
            self.restart()
        reply = self.session.run_case(request, self.budget.timeout(timeout), oracle)
        if reply.status == "timeout" and self.budget.out_of_time():
            return Reply("error", tr("stopped: {why}", why=self.budget.time_message()), kind="contract")
        if reply.status in ("timeout", "crashed"):
            self.restart()
        return reply

    def close(self):
        if self.session is not None:
            self.session.close()


def _not_run_note(cells, reason):
    first = cell_title(f"<cell {cells[0].index}>", cells[0].source)
    if len(cells) == 1:
        return tr("{cell} was not run: {reason}.", cell=_capital(worker_text(first)),
                  reason=reason)
    return tr("{count} cells, from {first} on, were not run: {reason}.", count=len(cells),
              first=worker_text(first), reason=reason)


def _cell_problem(reply):
    if reply.status == "timeout":
        return tr("it {message} (an infinite loop, or too slow)",
                  message=worker_text(reply.message))
    if reply.status == "crashed":
        return worker_text(reply.message)
    return tr("it raised {message}", message=worker_text(reply.message))


def grade_question(runner, context, question, number, seed):
    """The question's test entry: its score, the header and one line per case."""
    assignment = context.assignment
    outcomes, problems = question_verdicts(assignment, question, number, seed,
                                           sandbox_call(runner), context.shared_array)
    lines = [case_line(case, case_number, problem) for case_number, (case, problem)
             in enumerate(zip(question.cases, problems), start=1)]
    lines += _helper_warnings(runner, context, question)
    score = question_score(question, problems)
    header = tr("{score:g} / {points:g} points", score=score, points=question.points)
    entry = _test_entry(question, score, "\n".join([header, *lines]))
    # for the feedback page and class report (case_details.py)
    entry["extra_data"] = question_details(assignment, question, outcomes, problems)
    return entry


def _helper_warnings(runner, context, question):
    """Warnings for the notebook's own copies of given helpers that disagree (helper_check)."""
    warnings = []
    for name in helpers_to_check(context.assignment, question):
        reply = runner.run_case(helper_request(name), 10.0, oracle_server(question))
        warning = helper_warning(context.assignment, question, name, reply.status,
                                 reply.outputs)
        if warning:
            warnings.append(warning)
    return warnings


def sandbox_call(runner):
    """The case loop's `call` (cases.py): the case's driver in the runner's worker, the
    data sets as files of the shared inputs folder (GradingContext.shared_array wrote them),
    the dependencies and the test function answered here (oracle_server)."""
    def call(request):
        question, case = request.question, request.case
        # a training run's reference curve, for the feedback page, runs meanwhile
        prefetch_curve(request.assignment, question, case, request.reference_inputs)
        message = {"driver": case.driver, "params": case.params, "inputs": request.inputs,
                   "shared": {key: f"{value.key}.npy" for key, value in request.shared.items()},
                   "oracle": sorted(question.oracle) + request.function.names,
                   "inject": list(question.inject)}
        reply = runner.run_case(message, case.timeout,
                                oracle_server(question, request.budget, request.function))
        if reply.status == "error" and reply.kind == "inputs":
            return inputs_not_loaded(runner.context.inputs_dir, request.shared, reply)
        return reply
    return call


def inputs_not_loaded(inputs_dir, shared, reply):
    """The worker could not load a data-set input (`shared`: name -> Shared). A file that
    is missing or closed to the sandbox's uid here too is the grader's fault: GraderFault,
    no score, graded again next run. Otherwise the submission broke np.load or the
    sandbox's files (the worker's own words cannot be trusted), and the case fails."""
    for value in shared.values():
        path = Path(inputs_dir) / f"{value.key}.npy"
        try:
            mode, folder = path.stat().st_mode, Path(inputs_dir).stat().st_mode
        except OSError as error:
            raise GraderFault(f"the grader's input file {path} is gone ({error.strerror})") \
                from None
        if not (stat.S_ISREG(mode) and mode & stat.S_IROTH and folder & stat.S_IXOTH):
            raise GraderFault(f"the grader's input file {path} cannot be read in the sandbox "
                              f"(mode {stat.filemode(mode)}, folder {stat.filemode(folder)})")
    return Reply("error", reply.message, kind="contract")


def oracle_server(question, budget=None, function=None):
    """Answers the worker's dependency calls, only for the names this question declares
    (and the case's test function), with arguments and answers within the case's budget."""
    budget = budget or Budget(MIN_ELEMENTS, frozenset({1}), 2)

    def answer(name, args, kwargs):
        evaluating = function is not None and function.function is not None and \
            name == TEST_FUNCTION
        if name not in question.oracle and not evaluating:
            return {"ok": False, "error": tr("`{name}` is not provided while `{question}` is "
                                             "graded", name=name, question=question.name)}
        if not isinstance(args, list) or not isinstance(kwargs, dict) or _has_unsendable(
                [args, kwargs]):
            return {"ok": False, "error": tr("`{name}` was called with something other than "
                                             "arrays and numbers", name=name)}
        try:
            budget.check([args, kwargs], tr("the arguments of `{name}`", name=name))
            args, kwargs = _with_functions([args, kwargs], function)
            with active(budget):
                if evaluating:
                    value = function.evaluate(args, kwargs)
                else:
                    value = question.oracle[name](*args, **kwargs)
            budget.check(value, tr("the answer of `{name}`", name=name))
        except OverBudget as error:  # a sentence for the student, not the grader's exception
            return {"ok": False, "error": tr("the grader did not compute `{name}` for these "
                                             "values: {reason}", name=name, reason=error)}
        except Exception as error:
            return {"ok": False, "error": exception_text(error)}
        return {"ok": True, "value": value}
    return answer


def _with_functions(value, function):
    """`value` with each test-function handle replaced by the case's own function."""
    if isinstance(value, wire.FunctionSpec):
        if function is None or function.function is None:
            raise ValueError(tr("this case has no test function to pass on"))
        return function.function  # unrecorded: the oracle's own evaluations do not count
    if isinstance(value, list):
        return [_with_functions(item, function) for item in value]
    if isinstance(value, tuple):
        return tuple(_with_functions(item, function) for item in value)
    if isinstance(value, dict):
        return {key: _with_functions(item, function) for key, item in value.items()}
    return value


def _has_unsendable(value):
    if isinstance(value, wire.Unsendable):
        return True
    if isinstance(value, (list, tuple)):
        return any(_has_unsendable(item) for item in value)
    if isinstance(value, dict):
        return any(_has_unsendable(item) for item in value.values())
    return False


def _test_entry(question, score, output):
    return {"name": question.name, "score": score, "max_score": float(question.points),
            "output": output, "visibility": "visible"}


def _result(tests, seed, data, assignment, started, notes):
    return {
        "score": round(sum(test["score"] for test in tests), 4),
        "output": notes,
        "tests": tests,
        "execution_time": round(time.monotonic() - started, 3),
        "extra_data": {"assignment": assignment.id, "seed": seed,
                       "submission_sha256": hashlib.sha256(data).hexdigest(),
                       "kit": kit_fingerprint()},
    }


_FINGERPRINT = None


def kit_fingerprint():
    """A hash of the grading code and the reference: results from other code are stale."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        digest = hashlib.sha256()
        for folder in ("autograder", "reference"):
            for file in sorted((KIT_ROOT / folder).rglob("*.py")):
                # the build, the HTML pages and the demo's notebooks change no score
                if not {"generate", "pages", "demo_class"} & set(file.relative_to(KIT_ROOT).parts):
                    digest.update(str(file.relative_to(KIT_ROOT)).encode())
                    digest.update(file.read_bytes())
        _FINGERPRINT = digest.hexdigest()[:16]
    return _FINGERPRINT


def _capital(text):
    return text[:1].upper() + text[1:]


def describe_fault(error):
    """An exception of the grader as the text a fault result keeps."""
    if isinstance(error, GraderFault):
        return str(error)
    return f"{type(error).__name__}: {error}"


def fault_result(assignment, student, why, lang=defaults.LANG):
    """The result of a submission the grader failed on: no score, graded again next run.

    why: what failed, in `lang` ("en" or "zh", the student's and the instructor's), or the
    grader's own words (an exception's message); it is extra_data.error and ends `output`.
    """
    text = f"{tr('Not graded: the grader failed on this submission.', lang)} ({why})"
    return {"status": ERROR, "score": None, "output": text, "tests": [],
            "extra_data": {"assignment": assignment.id, "error": why, "kit": kit_fingerprint(),
                           "student": student}}
