"""Grading inside a live kernel: the declared cases run against the notebook's own globals.

otter-grader's hidden tests and nbgrader's hidden test cells run in the kernel that ran the
student's notebook, so they cannot use the sandbox. They call

    check_case(assignment_id, question, case_index, namespace)

(`namespace` is `globals()`), which raises AssertionError with the feedback line when the
case fails. Everything else is the case loop `nngrader grade` uses (cases.py), from the
same declarations: the same inputs, `default_rng([seed, question number, case number])`;
the same driver and test function; the same checks, derived outputs and known mistakes
(judge.py, naming.py); the same lines; the same points per case (`case_points`). The
feedback is in the notebook's language (its comments and strings, i18n/detect.py), as
`nngrader grade --lang auto` gives it.

What differs, and why (docs/INSTRUCTORS.md weighs the trust):
  - seed: a kernel cannot hash the submission's file, so each assignment has one fixed
    seed, `Assignment.seed`. `nngrader grade --seed <that seed>` draws the very same cases.
  - the call (`kernel_call`): while a question is graded, the names in `question.inject`
    are set in the notebook's globals to the reference objects themselves (no proxies:
    nothing crosses a process boundary) and put back afterwards (worker/drive.py). The
    reference is importable in this process.
  - outputs and inputs pass through the wire encoding (worker/wire.py) as in the sandbox,
    so the checks see the same plain data (and the same "returned a <type>" verdicts).
  - a case's time budget is enforced with SIGALRM (deadline.py) when the kernel runs
    cells in its main thread; a call that kills the process takes the kernel with it, and
    the tool reports that. Prints and warnings of the submission during a case are
    discarded.
"""
import contextlib
import functools
import io
import linecache
import signal
import threading
import types
import warnings
from dataclasses import dataclass

import numpy as np

from .cases import (CallEnd, case_line, case_outcome, case_points, case_rng,
                    question_verdicts)
from .data import data_dir
from .deadline import Expired, within
from .i18n import language
from .i18n.detect import code_language
from .questions import load_assignment
from .worker import wire
from .worker.drive import drive_case
from .worker.drivers.base import exception_text, is_cell_file
from .worker.functions import TEST_FUNCTION



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
    message: str         # the line `nngrader grade` writes for this case

    @property
    def passed(self):
        return self.problem is None


def check_case(assignment_id, question, case_index, namespace, lang="auto"):
    """Run one declared case against `namespace`; AssertionError with the feedback if it fails.

    A failed case runs the question's other cases too: a known mistake is named only when
    it explains every failed case (naming.py), as `nngrader grade` names it. `lang`: "en",
    "zh", or "auto", the language of the notebook's own code (kernel_language).
    """
    # The test cell shows the verdict alone: a warning of the trusted side's arithmetic on a
    # wrong answer would print the kit's own file paths into the student's feedback.
    lang = kernel_language(namespace) if lang == "auto" else lang
    with warnings.catch_warnings(), language(lang):
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
    _, problems = question_verdicts(assignment, declared, assignment.questions.index(declared),
                                    _seed(assignment, seed), kernel_call(namespace),
                                    shared_array)
    return [_case_result(declared, index, problem) for index, problem in enumerate(problems)]


def evaluate_case(assignment_id, question, case_index, namespace, seed=None):
    """One case alone, its feedback without the question-wide naming of mistakes."""
    assignment = load_assignment(assignment_id)
    declared = assignment.question(question)
    number = assignment.questions.index(declared)
    rng = case_rng(_seed(assignment, seed), number, case_index)
    outcome = case_outcome(assignment, declared, declared.cases[case_index], rng,
                           kernel_call(namespace), shared_array)
    return _case_result(declared, case_index, outcome.problem)


def _seed(assignment, seed):
    return seed_for(assignment.id) if seed is None else int(seed)


def _case_result(declared, case_index, problem):
    case = declared.cases[case_index]
    return CaseResult(declared.name, case_index, case.label, case.hidden,
                      case_points(declared)[case_index], problem,
                      case_line(case, case_index + 1, problem))


def kernel_language(namespace):
    """"zh" or "en": the language of the code this kernel ran (IPython's input history,
    else the notebook cells Python keeps the lines of)."""
    history = namespace.get("_ih") or namespace.get("In")
    if isinstance(history, list) and all(isinstance(cell, str) for cell in history):
        return code_language(history)
    return code_language(["".join(entry[2]) for name, entry in list(linecache.cache.items())
                          if is_cell_file(name)])


def kernel_call(namespace):
    """The case loop's `call` (cases.py): the case's driver run here, against the
    notebook's globals, with the reference's dependencies and a local test function."""
    def call(request):
        question, case = request.question, request.case
        reference = request.assignment.namespace()
        deps = {name: reference.get(name, target) for name, target in question.oracle.items()}
        if request.function.function is not None:
            deps[TEST_FUNCTION] = lambda *args, **kwargs: request.function.evaluate(
                list(args), kwargs)
        inputs = _round_trip({**request.inputs, **{key: request.reference_inputs[key]
                                                   for key in request.shared}})
        message = {"driver": case.driver, "params": case.params, "inject": question.inject}
        try:
            with _discarded_output():
                reply = drive_case(namespace, deps, inputs, message,
                                   scopes=notebook_globals(namespace),
                                   run=functools.partial(_within_main_thread, case.timeout),
                                   passthrough=(Expired, KeyboardInterrupt))
        except Expired:
            return CallEnd("timeout", f"did not finish within {case.timeout:g} s")
        # KeyboardInterrupt: the tool interrupting the kernel (a cell timeout) goes on up
        if not reply["ok"]:
            return CallEnd("error", reply["error"], kind=reply["kind"])
        return _sent_back(reply["outputs"])
    return call


def _within_main_thread(seconds, function):
    if not hasattr(signal, "setitimer") or \
            threading.current_thread() is not threading.main_thread():
        return function()  # no alarm (Windows, or a thread): the tool's own cell timeout applies
    return within(seconds, function)


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


def _sent_back(outputs):
    """The call's end with the outputs as the trusted side receives them from the worker."""
    try:
        message = _round_trip({"ok": True, "outputs": outputs})
    except Exception as error:  # an output that cannot even be encoded: as in the worker
        return CallEnd("error", "the result could not be sent back: " + exception_text(error),
                       kind="contract")
    return CallEnd("ok", outputs=message.get("outputs") or {})


def _round_trip(value):
    buffer = io.BytesIO()
    wire.send(buffer, {"value": value})
    buffer.seek(0)
    return wire.receive(buffer)["value"]


_SHARED = {}


def shared_array(shared):
    """A data set input, loaded once per kernel (the submission gets a copy via the wire)."""
    if shared.key not in _SHARED:
        _SHARED[shared.key] = np.ascontiguousarray(shared.load(data_dir()))
    return _SHARED[shared.key]


class _Discard(io.TextIOBase):
    def write(self, text):
        return len(text)


@contextlib.contextmanager
def _discarded_output():
    sink = _Discard()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        yield
