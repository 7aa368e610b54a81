"""How a question is declared: once, with its points, cases, tolerances and time budget.

    Assignment(id, questions, reference_modules=(...), seed=..., data=..., drivers=...)
    Question(name, points, cases, oracle={...}, inject=(...), mistakes=[...], defines=...)
    Case(label, driver, inputs, checks, params={}, hidden=True, weight=1, timeout=10)

A case's `inputs(rng)` draws fresh values at grading time from a generator seeded by the
submission's recorded seed, so answers cannot be hard-coded and a regrade gives the same
score. `checks` maps an output of the driver to a check from autograder.checks; the
expected value is the same driver run on the reference. `derive(outputs, inputs)` may add
outputs computed on the trusted side (an accuracy from predictions, say) before checking.
`oracle` maps the names a question builds on to trusted callables; while its cases run,
the names in `inject` are replaced in the notebook by proxies to them (no double jeopardy).
A Mistake is a known wrong implementation: when a case fails and the submission's outputs
match the mistake's, the feedback names it.
"""
import importlib
from dataclasses import dataclass, field
from typing import Any, Callable


def call(function, *args, **kwargs):
    """The params of the "call" driver: `function(*args, **kwargs)`, each argument named
    by the input that holds it (worker/drivers/base.call_function)."""
    params = {"function": function, "args": list(args)}
    if kwargs:
        params["kwargs"] = kwargs
    return params


@dataclass(frozen=True)
class Shared:
    """A large input array (a data set) written once per batch and mounted read-only.

    load(data_folder) -> the array; data_folder is the grading call's data folder (a Path),
    or None for data.data_dir()'s (the kit's data/, or $NNGRADER_DATA).
    """

    key: str
    load: Callable[[Any], Any]


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
    defines: str | None = None   # the top-level name the student defines, when not `name`
                                 # (simple_net -> "SimpleNet", train_mnist -> "train")

    @property
    def defined_name(self):
        """The top-level name of the notebook this question grades."""
        return self.defines or self.name


@dataclass(frozen=True)
class Assignment:
    """An assignment's questions, in notebook order, and every fact about it kept once."""

    id: str
    questions: list
    reference_modules: tuple     # reference/ modules holding its solutions: ("two_layer_net",)
    seed: int                    # the fixed seed of the in-kernel cases (otter, nbgrader);
                                 # changing it changes every in-kernel grade: rebuild, regrade
    drivers: str | None = None   # its module of autograder/worker/drivers/, if it has one
    given_names: tuple = ()      # helpers its notebook hands out ready-made (from an earlier
                                 # assignment), found in the reference modules
    data: str | None = None      # the data folder its notebook reads: datasets/<data>/
    cell_timeout: float = 60.0   # seconds any one notebook cell may take
    check_data: Callable | None = None   # (data_folder) -> None, raises data.DataError
                                         # when the data the cases need cannot be loaded

    def question(self, name):
        return next(question for question in self.questions if question.name == name)

    def reference(self):
        """The reference modules, imported."""
        return [importlib.import_module(f"reference.{name}") for name in self.reference_modules]

    def namespace(self):
        """Name -> reference object for everything the solved notebook defines: the given
        helpers and the names in the reference modules' `__all__` (each question's top-level
        name, tests/test_declarations.py), whichever questions this Assignment holds."""
        names = {}
        for module in self.reference():
            for name in [*self.given_names, *module.__all__]:
                if hasattr(module, name):
                    names[name] = getattr(module, name)
        missing = set(self.given_names) - set(names)
        if missing:
            raise LookupError(f"{self.id}: no reference module of {self.reference_modules} "
                              f"defines {sorted(missing)}")
        return names
