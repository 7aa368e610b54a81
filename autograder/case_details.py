"""What a result keeps about each case and each question, for the pages.

grade.py puts this in each question's test entry, under `test["extra_data"]`
(Gradescope allows `extra_data` on a test):

    {"cases": [{"number": 1, "label": str, "hidden": bool, "passed": bool,
                "feedback": str or None,            # the case's line when it failed
                "curve": curves.curve(...) or None}, ...],   # student vs reference
     "mistakes": [{"name": str, "advice": str}, ...]}   # the known mistakes the feedback
                                                        # names for the question (naming.py)

The curve is taken from the outputs the case was judged on (`Outcome.got` from the
sandbox, `Outcome.expected` from the reference on the trusted side). A case whose checks
do not need the reference (a training run graded by accuracy) has no reference run while
judging; for its curve the reference runs here, on the same inputs, once per process for
identical inputs. grade.py starts that run (prefetch_curve) before it calls the
submission, in a thread of its own: it then runs while the submission trains in its
sandbox, on a core the pair would leave idle at -j 1.
"""
import hashlib
import pickle
import threading

from . import curves
from .i18n import declared, tr
from .judge import run_reference

_REFERENCE_RUNS = {}   # (assignment, question, case label, inputs digest) -> outputs
_MAX_CACHED_RUNS = 16
_RUNNING = {}          # key -> the thread computing it (prefetch_curve), until joined
_KEYS = {}             # id(inputs) -> (inputs, digest), for _key
_REMEMBERING = threading.Lock()


def prefetch_curve(assignment, question, case, inputs):
    """Start the reference run `_curve` will draw for a case the judge runs no reference
    for, in a thread; `inputs` is the reference's copy of the case's inputs.

    question_details joins every such thread before it returns: none outlives the grading
    of its submission, so a process forked later (a -j pool) never inherits one half-run.
    """
    if case.needs_reference:
        return
    key = _key(assignment, question, case, inputs)
    if key is None or key in _REFERENCE_RUNS or key in _RUNNING:
        return

    def run():
        _remember(key, _reference_or_none(assignment, question, case, inputs))

    thread = threading.Thread(target=run, name="nngrader-reference-curve", daemon=True)
    _RUNNING[key] = thread
    thread.start()


def _join(key=None):
    """Wait for the prefetch of `key` (None: of every key) to finish."""
    for running in [key] if key is not None else list(_RUNNING):
        thread = _RUNNING.pop(running, None)
        if thread is not None:
            thread.join()


def question_details(assignment, question, outcomes, problems):
    """The test entry's extra_data: one record per case and the named mistakes."""
    cases = [{"number": number, "label": declared(outcome.case.label),
              "hidden": bool(outcome.case.hidden), "passed": problem is None,
              "feedback": problem, "curve": _curve(assignment, question, outcome)}
             for number, (outcome, problem) in enumerate(zip(outcomes, problems), start=1)]
    _join()  # a prefetch whose case drew no curve (it crashed, say) ends here too
    return {"cases": cases, "mistakes": named_mistakes(question, problems)}


def named_mistakes(question, problems):
    """The question's declared mistakes that the feedback lines name as what the submission
    did ("This looks like a known mistake, NAME: ..." or "... one of these known mistakes:
    NAME (...); or NAME (...)"); not the "closest" one, which did not explain the failures."""
    named, opening = {}, tr("This looks like")
    for line in problems:
        if not line or opening not in line:
            continue
        sentence = line[line.index(opening):]
        for mistake in question.mistakes:
            name = declared(mistake.name)
            one = tr("This looks like a known mistake, {name}: {advice}", name=name,
                     advice="")
            several = tr("{name} ({advice})", name=name, advice="").rstrip(")")
            if one in sentence or several in sentence:
                named.setdefault(name, mistake)
    return [{"name": name, "advice": declared(mistake.advice)} for name, mistake in named.items()]


def _curve(assignment, question, outcome):
    if not curves.has_curve(outcome.got):
        return None
    expected = outcome.expected
    if expected is None:
        expected = _reference_for_curve(assignment, question, outcome.case, outcome.inputs)
    inputs = outcome.inputs
    start = inputs.get("w") if isinstance(inputs, dict) else None  # an optimizer's start
    return curves.curve(outcome.got, expected, start)


def _reference_for_curve(assignment, question, case, inputs):
    """The case's driver on the reference, for the plot only (None if it cannot run)."""
    key = _key(assignment, question, case, inputs)
    if key is not None:
        _join(key)
        if key in _REFERENCE_RUNS:
            return _REFERENCE_RUNS[key]
    outputs = _reference_or_none(assignment, question, case, inputs)
    if key is not None:
        _remember(key, outputs)
    return outputs


def _reference_or_none(assignment, question, case, inputs):
    if inputs is None:
        return None
    try:
        return run_reference(assignment, question, case, inputs)  # numpy's warnings off
    except Exception:  # a plot is not worth a grading fault
        return None


def _remember(key, value):
    with _REMEMBERING:  # a prefetch thread and the grading thread may both remember one
        if len(_REFERENCE_RUNS) >= _MAX_CACHED_RUNS:
            _REFERENCE_RUNS.pop(next(iter(_REFERENCE_RUNS)))
        _REFERENCE_RUNS[key] = value


def _key(assignment, question, case, inputs):
    """The cache key of a reference run; the digest of the inputs (20 ms for hw2's MNIST)
    is computed once per inputs object: prefetch_curve and _curve ask for the same one."""
    if inputs is None:
        return None
    known = _KEYS.get(id(inputs))
    if known is None or known[0] is not inputs:  # the object itself, not a reused id
        try:
            known = (inputs, _digest(inputs))
        except Exception:
            return None
        if len(_KEYS) >= _MAX_CACHED_RUNS:
            _KEYS.pop(next(iter(_KEYS)))
        _KEYS[id(inputs)] = known
    return (assignment.id, question.name, case.label, known[1])


def _digest(inputs):
    return hashlib.sha256(pickle.dumps(inputs, protocol=5)).hexdigest()
