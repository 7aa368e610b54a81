"""Grading inside a live kernel: the declared cases run against the notebook's own globals.

otter-grader's hidden tests and nbgrader's hidden test cells run in the kernel that ran the
student's notebook, so they cannot use the sandbox. They call

    check_case(assignment_id, question, case_index, namespace)

(`namespace` is `globals()`), which raises AssertionError with the feedback line when the
case fails. Everything else is what `nngrader grade` does (grade.py), from the same
declarations: the same inputs rule, `default_rng([seed, question number, case number])`;
the same driver; the same checks, derived outputs and known mistakes (judge.py); the same
points per case, `question.points * case.weight / total weight` (`case_points`).

What differs, and why (docs/INSTRUCTORS.md weighs the trust):
  - seed: a kernel cannot hash the submission's file, so each assignment has one fixed
    seed, `Assignment.seed`. `nngrader grade --seed <that seed>` draws the very same cases.
  - dependencies: while a question is graded, the names in `question.inject` are set in the
    notebook's globals to the reference objects themselves (no proxies: nothing crosses a
    process boundary) and put back afterwards. The reference is importable in this process.
  - outputs and inputs pass through the wire encoding (worker/wire.py) as in the sandbox,
    so the checks see the same plain data (and the same "returned a <type>" verdicts).
  - a case's time budget is enforced with SIGALRM when the kernel runs cells in its main
    thread; a call that kills the process takes the kernel with it, and the tool reports
    that. Prints and warnings of the submission during a case are discarded.
"""
import contextlib
import io
import math
import signal
import threading
import types
import warnings
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .data import data_dir
from .judge import judge_case
from .naming import explain_question
from .outcome import Outcome
from .questions import load_assignment
from .questions.spec import Shared
from .worker import wire
from .worker.drivers import DRIVERS
from .worker.drivers.base import ContractError, describe_exception, exception_type

MAX_MESSAGE = 2000  # as session.Reply: longer error texts are cut


def seed_for(assignment_id):
    return load_assignment(assignment_id).seed


@dataclass(frozen=True)
class CaseResult:
    question: str
    number: int          # index in question.cases, from 0
    label: str
    hidden: bool
    points: float        # what the case is worth
    problem: str | None  # None when the case passed

    @property
    def passed(self):
        return self.problem is None

    @property
    def title(self):
        return f"{'hidden' if self.hidden else 'public'} case {self.number + 1} ({self.label})"

    @property
    def message(self):
        """The line `nngrader grade` writes for this case."""
        if self.passed:
            return f"passed  {self.title}"
        return f"FAILED  {self.title}: {self.problem}"


# Case points are whole multiples of 1 / POINTS_GRID: any sum of them is then exact in
# floating point, so otter's and nbgrader's totals read 15, not 14.999999999999998.
POINTS_GRID = 2 ** 20


def case_points(question):
    """Points of each case: the question's points shared by weight, as grade.py scores.

    Each share is rounded to a multiple of 1 / POINTS_GRID (within 1e-6 of the exact
    share), the largest remainders rounded up, so the shares add up exactly to the
    question's points in any order.
    """
    weights = [Fraction(case.weight) for case in question.cases]
    total = sum(weights)
    if not total:
        return [0.0] * len(weights)
    units = [Fraction(question.points) * POINTS_GRID * weight / total for weight in weights]
    rounded = [math.floor(unit) for unit in units]
    missing = round(sum(units)) - sum(rounded)
    by_remainder = sorted(range(len(units)), key=lambda i: rounded[i] - units[i])
    for i in by_remainder[:missing]:
        rounded[i] += 1
    return [unit / POINTS_GRID for unit in rounded]


def check_case(assignment_id, question, case_index, namespace):
    """Run one declared case against `namespace`; AssertionError with the feedback if it fails.

    A failed case runs the question's other cases too: a known mistake is named only when
    it explains every failed case (naming.py), as `nngrader grade` names it.
    """
    # The test cell shows the verdict alone: a warning of the trusted side's arithmetic on a
    # wrong answer would print the kit's own file paths into the student's feedback.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = evaluate_case(assignment_id, question, case_index, namespace)
        if not result.passed:
            result = evaluate_question(assignment_id, question, namespace)[case_index]
    if not result.passed:
        raise AssertionError(f"{question}: {result.message}")


def evaluate_question(assignment_id, question, namespace, seed=None):
    """Every case of one question, in order: a list of CaseResult (mistakes named)."""
    assignment = load_assignment(assignment_id)
    declared = assignment.question(question)
    outcomes = [_outcome(assignment, declared, index, namespace, seed)
                for index in range(len(declared.cases))]
    problems = explain_question(_Trusted(assignment), declared, outcomes)
    return [_case_result(declared, index, problem) for index, problem in enumerate(problems)]


def evaluate_case(assignment_id, question, case_index, namespace, seed=None):
    """One case alone, its feedback without the question-wide naming of mistakes."""
    assignment = load_assignment(assignment_id)
    declared = assignment.question(question)
    outcome = _outcome(assignment, declared, case_index, namespace, seed)
    return _case_result(declared, case_index, outcome.problem)


def _outcome(assignment, declared, case_index, namespace, seed):
    number = assignment.questions.index(declared)
    seed = seed_for(assignment.id) if seed is None else int(seed)
    rng = np.random.default_rng([seed, number, case_index])
    return _judge_outcome(_Trusted(assignment), declared, declared.cases[case_index], rng,
                          namespace)


def _case_result(declared, case_index, problem):
    case = declared.cases[case_index]
    return CaseResult(declared.name, case_index, case.label, case.hidden,
                      case_points(declared)[case_index], problem)


@dataclass(frozen=True)
class _Trusted:
    """What judge.py needs of a grading context."""

    assignment: object


def _judge(context, question, case, rng, namespace):
    """None when the case passes, else the sentence grade.run_one_case would give."""
    return _judge_outcome(context, question, case, rng, namespace).problem


def _judge_outcome(context, question, case, rng, namespace):
    """The case's Outcome, as grade.run_one_case gives it."""
    inputs, reference_inputs = {}, {}
    for key, value in case.inputs(rng).items():
        if isinstance(value, Shared):
            value = _shared_array(value)
        inputs[key] = reference_inputs[key] = value
    reply = _run_submission(context.assignment, question, case, _round_trip(inputs), namespace)
    if reply["status"] == "timeout":
        return Outcome(case, reference_inputs, f"the call did not finish within "
                       f"{case.timeout:g} s (an infinite loop, or far too slow)", kind="timeout")
    if reply["status"] == "error" and reply["kind"] == "contract":
        return Outcome(case, reference_inputs, reply["error"], kind="contract")
    if reply["status"] == "error":
        return Outcome(case, reference_inputs, f"raised {reply['error']}",
                       raised=exception_type(reply["error"]), kind="raised")
    return judge_case(context, question, case, reply["outputs"], reference_inputs)


_MISSING = object()


def _run_submission(assignment, question, case, inputs, namespace):
    """The driver against the notebook's globals, dependencies set to the reference."""
    reference = assignment.namespace()
    deps = {name: reference.get(name, target) for name, target in question.oracle.items()}
    saved = [(scope, {name: scope.get(name, _MISSING) for name in question.inject})
             for scope in notebook_globals(namespace)]
    for scope, injected in saved:
        for name in injected:
            scope[name] = deps[name]
    try:
        with _discarded_output(), _deadline(case.timeout):
            outputs = DRIVERS[case.driver](namespace, deps, inputs, **case.params)
        return _sent_back(outputs)
    except _CaseTimeout:
        return {"status": "timeout"}
    except ContractError as error:
        return _error("contract", str(error))
    except KeyboardInterrupt:
        raise  # the tool interrupting the kernel (a cell timeout) is not the student's error
    except BaseException as error:  # SystemExit too, as in the sandbox's worker
        return _error("exception", describe_exception(error, "<cell"))
    finally:
        for scope, injected in saved:
            for name, value in injected.items():
                if value is _MISSING:
                    scope.pop(name, None)
                else:
                    scope[name] = value


def notebook_globals(namespace):
    """`namespace` and the dicts the notebook's own code really reads its globals from.

    They differ when a tool hands over a copy: doctest (otter's OK tests) runs examples in
    `globs.copy()`, while the notebook's functions keep reading the kernel's namespace. The
    notebook's code is what `namespace` holds with `__module__` equal to its `__name__`.
    """
    module = namespace.get("__name__", "__main__")
    scopes = {id(namespace): namespace}
    for value in list(namespace.values()):
        for function in _functions(value):
            if function.__module__ == module:
                scopes.setdefault(id(function.__globals__), function.__globals__)
    return list(scopes.values())


def _functions(value):
    """A function itself, or the functions defined in a class body."""
    if isinstance(value, types.FunctionType):
        return [value]
    if isinstance(value, type):
        return [item for item in vars(value).values() if isinstance(item, types.FunctionType)]
    return []


def _error(kind, text):
    return {"status": "error", "kind": kind, "error": str(text)[:MAX_MESSAGE]}


def _sent_back(outputs):
    """The outputs as the trusted side receives them from the worker."""
    try:
        message = _round_trip({"ok": True, "outputs": outputs})
    except Exception as error:  # an output that cannot even be encoded
        return _error("exception", "the result could not be sent back: "
                      + describe_exception(error, None))
    return {"status": "ok", "outputs": message.get("outputs") or {}}


def _round_trip(value):
    buffer = io.BytesIO()
    wire.send(buffer, {"value": value})
    buffer.seek(0)
    return wire.receive(buffer)["value"]


_SHARED = {}


def _shared_array(shared):
    """A data set input, loaded once per kernel (the submission gets a copy via the wire)."""
    if shared.key not in _SHARED:
        _SHARED[shared.key] = np.ascontiguousarray(shared.load(data_dir()))
    return _SHARED[shared.key]


class _CaseTimeout(BaseException):
    """Raised by SIGALRM inside the submission's code when its time budget is over."""


@contextlib.contextmanager
def _deadline(seconds):
    if not hasattr(signal, "setitimer") or threading.current_thread() is not \
            threading.main_thread():
        yield  # no alarm outside the main thread: the tool's own cell timeout applies
        return

    def expire(signum, frame):
        raise _CaseTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _Discard(io.TextIOBase):
    def write(self, text):
        return len(text)


@contextlib.contextmanager
def _discarded_output():
    sink = _Discard()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        yield
