"""How a question is declared: once, with its points, cases, tolerances and time budget.

    Question(name, points, cases, oracle={...}, inject=(...), mistakes=[...])
    Case(label, driver, inputs, checks, params={}, hidden=True, weight=1, timeout=10)

A case's `inputs(rng)` draws fresh values at grading time from a generator seeded by the
submission's recorded seed, so answers cannot be hard-coded and a regrade gives the same
score. `checks` maps an output of the driver to a check from autograder.compare; the
expected value is the same driver run on the reference. `derive(outputs, inputs)` may add
outputs computed on the trusted side (an accuracy from predictions, say) before checking.
`oracle` maps the names a question builds on to trusted callables; while its cases run,
the names in `inject` are replaced in the notebook by proxies to them (no double jeopardy).
A Mistake is a known wrong implementation: when a case fails and the submission's outputs
match the mistake's, the feedback names it.
"""
from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass(frozen=True)
class Shared:
    """A large input array (a data set) written once per batch and mounted read-only."""

    key: str
    load: Callable[[], Any]


@dataclass(frozen=True)
class Mistake:
    name: str           # short name shown to the student: "no max subtraction"
    advice: str         # what to do about it, in one sentence
    patch: dict         # contract name -> wrong implementation, applied to the reference


@dataclass(frozen=True)
class Case:
    label: str
    driver: str
    inputs: Callable
    checks: dict
    params: dict = field(default_factory=dict)
    hidden: bool = True
    weight: float = 1.0
    timeout: float = 10.0
    derive: Callable | None = None

    @property
    def needs_reference(self):
        return any(getattr(check, "needs_reference", True) for check in self.checks.values())


@dataclass(frozen=True)
class Question:
    name: str
    points: float
    cases: list
    oracle: dict = field(default_factory=dict)
    inject: tuple = ()
    mistakes: list = field(default_factory=list)


@dataclass(frozen=True)
class Assignment:
    id: str
    questions: list
    namespace: Callable          # () -> reference namespace (contract name -> object)
    cell_timeout: float = 60.0   # seconds any one notebook cell may take
    check_data: Callable | None = None   # () -> None, raises data.DataError when the
                                         # data the cases need cannot be loaded

    def question(self, name):
        return next(question for question in self.questions if question.name == name)
