"""One case loop for both front ends: a question's cases drawn, called, judged, named, scored.

`nngrader grade` (grade.py) calls the submission in a sandboxed worker; the hidden tests of
otter-grader and nbgrader (in_kernel.py) call it in the student's live kernel. Only that
call differs, so a front end hands the loop one function,

    call(CaseCall) -> a reply with .status ("ok", "error", "timeout", "crashed"),
                      .message, .outputs and .kind ("contract" or "exception")
                      (session.Reply; CallEnd here for a front end without a session)

and everything else is written here once:

  case_outcome(assignment, question, case, rng, call, shared_array)
                         one case: its inputs drawn from `rng`, the test function kept on
                         this side (evaluations.py), the call, the verdict (judge.py)
  question_verdicts(assignment, question, number, seed, call, shared_array)
                         every case of a question, each drawn from
                         `default_rng([seed, question number, case number])`: their
                         Outcomes and feedback, known mistakes named over all of them
  case_line(case, number, problem)          "passed  public case 1 (...)" / "FAILED  ..."
  question_score(question, problems)        the question's points shared by case weight
  case_points(question)                     the same shares case by case (otter, nbgrader)

Feedback is written in the language of the i18n context (`with i18n.language(...)`).
"""
import math
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from .budget import Budget
from .evaluations import CaseFunction
from .i18n import tr, worker_text
from .judge import judge_case
from .naming import case_name, explain_question
from .outcome import Outcome
from .questions.spec import Shared
from .worker.drivers.base import exception_type

MAX_MESSAGE = 2000   # what is kept of a call's error text


@dataclass(frozen=True)
class CaseCall:
    """What the submission's side needs to run one case."""

    assignment: object
    question: object
    case: object
    inputs: dict            # the inputs sent to the submission's side (no test coefficients)
    shared: dict            # input name -> Shared: the data-set inputs, loaded once
    reference_inputs: dict  # every input as the reference sees it (data sets loaded)
    function: CaseFunction  # the case's test function, evaluated on this side only
    budget: Budget          # the sizes this side computes with for the call's requests


@dataclass(frozen=True)
class CallEnd:
    """How a call ended, as session.Reply says it for the sandbox."""

    status: str
    message: str = ""
    outputs: dict = field(default_factory=dict)
    kind: str = ""


def case_rng(seed, question_number, case_number):
    """The random generator a case's inputs are drawn from: the same in every front end."""
    return np.random.default_rng([seed, question_number, case_number])


def question_verdicts(assignment, question, number, seed, call, shared_array):
    """(outcomes, problems) of every case of the assignment's question number `number`, in
    order: each case's Outcome and its feedback (None: passed), with the known mistake that
    explains every failed case named (naming.py)."""
    outcomes = [case_outcome(assignment, question, case, case_rng(seed, number, case_number),
                             call, shared_array)
                for case_number, case in enumerate(question.cases)]
    return outcomes, explain_question(assignment, question, outcomes)


def case_outcome(assignment, question, case, rng, call, shared_array):
    """The case's Outcome: passed, or a sentence saying why it failed.

    `shared_array(Shared)` gives a data-set input (loaded once by the front end)."""
    inputs, shared, reference_inputs = {}, {}, {}
    for key, value in case.inputs(rng).items():
        if isinstance(value, Shared):
            reference_inputs[key] = shared_array(value)
            shared[key] = value
        else:
            inputs[key] = reference_inputs[key] = value
    function = CaseFunction(case, reference_inputs)
    request = CaseCall(assignment, question, case, function.sandbox_inputs(inputs), shared,
                       reference_inputs, function, Budget.for_case(reference_inputs, case.params))
    outcome = _verdict(request, call(request))
    if outcome.passed:  # right numbers: were they computed the way the question asks?
        outcome.problem = function.problem()
    return outcome


def _verdict(request, reply):
    """The Outcome of how the call ended: judged against the reference when it returned."""
    case, inputs = request.case, request.reference_inputs
    message = worker_text(str(reply.message)[:MAX_MESSAGE])
    if reply.status == "timeout":
        return Outcome(case, inputs, tr("the call {message} (an infinite loop, or far too slow)",
                                        message=message), kind="timeout")
    if reply.status == "crashed":
        return Outcome(case, inputs, tr("the call crashed: {message}", message=message),
                       kind="crashed")
    if reply.status == "error" and reply.kind == "contract":
        return Outcome(case, inputs, message, kind="contract")
    if reply.status == "error":
        raised = exception_type(reply.message)  # "raised" only before an exception's name
        return Outcome(case, inputs, tr("raised {message}", message=message) if raised
                       else message, raised=raised, kind="raised")
    return judge_case(request.assignment, request.question, case, reply.outputs, inputs)


def case_line(case, number, problem):
    """The line for case `number` (from 1): "passed  ..." or "FAILED  ...: problem"."""
    name = case_name(case, number)
    if problem is None:
        return tr("passed  {case}", case=name)
    return tr("FAILED  {case}: {problem}", case=name, problem=problem)


def question_score(question, problems):
    """The question's points times the weight of the passed cases over the total weight,
    rounded to 4 decimals."""
    total = sum(case.weight for case in question.cases)
    earned = sum(case.weight for case, problem in zip(question.cases, problems)
                 if problem is None)
    return round(question.points * earned / total, 4) if total else 0.0


# Case points are whole multiples of 1 / POINTS_GRID: any sum of them is then exact in
# floating point, so otter's and nbgrader's totals read 15, not 14.999999999999998.
POINTS_GRID = 2 ** 20


def case_points(question):
    """Points of each case: the question's points shared by weight, as question_score does.

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
