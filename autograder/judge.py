"""Judging one case: the submission's outputs against the reference's, then known mistakes.

Shared by every front end that grades a case, so they all give the same verdict:
`grade.py` (outputs from the sandboxed worker) and `in_kernel.py` (outputs from a live
Jupyter kernel, for otter-grader and nbgrader). Everything here runs on the trusted side.

  with_derived(case, outputs, inputs)      add outputs computed here (an accuracy, say)
  run_reference(context, question, case, inputs, patch=None)
                                           the case's driver on the reference (or on the
                                           reference with a known mistake patched in)
  first_problem(case, got, expected)       None, or why the first failing check failed
  match_mistake(context, question, case, inputs, got)
                                           the known Mistake whose outputs `got` matches
  judge(context, question, case, outputs, inputs)
                                           all of the above: None, or the feedback line

`context` only needs an `assignment` attribute (the declared Assignment).
"""
import copy

import numpy as np

from .compare import safe_check
from .worker.drivers import DRIVERS


def first_problem(case, got, expected, same_nan=False):
    if not isinstance(got, dict):
        return "the driver returned no outputs"
    for key, check in case.checks.items():
        if key not in got:
            return f"no value for {describe_key(key)}"
        wanted = None if expected is None else expected.get(key)
        problem = safe_check(check, got[key], wanted, same_nan=same_nan)
        if problem is not None:
            return f"{describe_key(key)}: {problem}"
    return None


def describe_key(key):
    if key == "out":
        return "the returned value"
    if key.startswith("arg:"):
        return f"argument `{key[4:]}` after the call (inputs must not be modified)"
    return f"`{key}`"


def with_derived(case, outputs, inputs):
    if case.derive is None or not isinstance(outputs, dict):
        return outputs
    try:
        return {**outputs, **case.derive(outputs, inputs)}
    except Exception as error:  # junk outputs: the check then reports the missing value
        return {**outputs, "derive_error": str(error)}


def run_reference(context, question, case, inputs, patch=None):
    with np.errstate(all="ignore"):  # known mistakes overflow on purpose
        return _run_reference(context, question, case, inputs, patch)


def _run_reference(context, question, case, inputs, patch):
    namespace = dict(context.assignment.namespace())
    namespace.update(patch or {})
    deps = {name: namespace.get(name, target) for name, target in question.oracle.items()} \
        if patch else dict(question.oracle)
    return DRIVERS[case.driver](namespace, deps, copy.deepcopy(inputs), **case.params)


def match_mistake(context, question, case, inputs, got):
    if not case.needs_reference:  # checks that ignore the reference cannot tell mistakes apart
        return None
    for mistake in question.mistakes:
        try:
            wrong = with_derived(case, run_reference(context, question, case, inputs,
                                                     mistake.patch), inputs)
        except Exception:
            continue
        if first_problem(case, got, wrong, same_nan=True) is None:
            return mistake
    return None


def judge(context, question, case, outputs, inputs):
    """None when the submission's `outputs` pass the case, else the feedback sentence
    (naming a known mistake when the outputs match one)."""
    got = with_derived(case, outputs, inputs)
    expected = None
    if case.needs_reference:
        expected = with_derived(case, run_reference(context, question, case, inputs), inputs)
    problem = first_problem(case, got, expected)
    if problem is None:
        return None
    mistake = match_mistake(context, question, case, inputs, got)
    if mistake is not None:
        problem += f". This looks like a known mistake, {mistake.name}: {mistake.advice}"
    return problem
