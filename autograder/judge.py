"""Judging one case: the submission's outputs against the reference's.

Called by the case loop (cases.py), so every front end gives the same verdict:
`grade.py` (outputs from the sandboxed worker) and `in_kernel.py` (outputs from a live
Jupyter kernel, for otter-grader and nbgrader). Everything here runs on the trusted side.

  with_derived(case, outputs, inputs)      add outputs computed here (an accuracy, say)
  run_reference(assignment, question, case, inputs, patch=None)
                                           the case's driver on the reference (or on the
                                           reference with a known mistake patched in)
  first_failure(case, got, expected)       None, or (output key, why its check failed)
  judge_case(assignment, question, case, outputs, inputs)
                                           the case's Outcome (naming.py): passed, or why
                                           not, with what came back next to what was expected

Known mistakes are named from all the cases of a question together (naming.py), since a
mistake must explain every failed case, not one output of one case.
`assignment` is the declared Assignment: its reference namespace is what the drivers run on.
"""
import copy

import numpy as np

from .budget import Budget
from .checks import safe_check
from .deadline import within
from .i18n import tr
from .outcome import Outcome
from .shown import side_by_side
from .worker.drivers import DRIVERS


def first_failure(case, got, expected):
    """None, or (the output key, why it failed) for the first failing check."""
    if not isinstance(got, dict):
        return None, tr("the driver returned no outputs")
    for key, check in case.checks.items():
        if key not in got:
            if "derive_error" in got:
                return key, tr("no value for {what} ({why})", what=describe_key(key),
                               why=got["derive_error"])
            return key, tr("no value for {what}", what=describe_key(key))
        wanted = None if expected is None else expected.get(key)
        problem = safe_check(check, got[key], wanted)
        if problem is not None:
            return key, tr("{what}: {problem}", what=describe_key(key), problem=problem)
    return None


def describe_key(key):
    if key == "out":
        return tr("the returned value")
    if key.startswith("arg:"):
        return tr("argument `{name}` after the call (inputs must not be modified)", name=key[4:])
    return f"`{key}`"


def with_derived(case, outputs, inputs):
    """`outputs` plus the case's derived outputs, computed here from outputs the sandbox
    chose: only when they fit the case's budget, and within the case's time."""
    if case.derive is None or not isinstance(outputs, dict):
        return outputs
    try:
        Budget.for_case(inputs, case.params).check(outputs, tr("the returned values"),
                                                   with_inputs=True)
        return {**outputs, **within(case.timeout, case.derive, outputs, inputs)}
    except Exception as error:  # junk outputs: the check then reports the missing value
        return {**outputs, "derive_error": str(error)}


def run_reference(assignment, question, case, inputs, patch=None):
    with np.errstate(all="ignore"):  # known mistakes overflow on purpose
        return _run_reference(assignment, question, case, inputs, patch)


def _run_reference(assignment, question, case, inputs, patch):
    namespace = dict(assignment.namespace())
    namespace.update(patch or {})
    deps = {name: namespace.get(name, target) for name, target in question.oracle.items()} \
        if patch else dict(question.oracle)
    return DRIVERS[case.driver](namespace, deps, copy.deepcopy(inputs), **case.params)


def judge_case(assignment, question, case, outputs, inputs):
    """The Outcome of a case whose call returned `outputs` (inputs: the reference's copy)."""
    got = with_derived(case, outputs, inputs)
    expected = None
    if case.needs_reference:
        expected = with_derived(case, run_reference(assignment, question, case, inputs), inputs)
    failure = first_failure(case, got, expected)
    if failure is None:
        return Outcome(case, inputs, None, got=got, expected=expected)
    key, problem = failure
    if expected is not None and key in got and key in expected:
        problem += side_by_side(got[key], expected[key])
    return Outcome(case, inputs, problem, got=got, expected=expected)
