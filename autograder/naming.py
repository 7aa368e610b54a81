"""Which known mistake explains a question's failures, judged over all of its cases.

A Mistake (questions/spec.py) is a wrong implementation patched into the reference. A wrong
name sends a student the wrong way, so a mistake is named only when it explains the whole
question, case by case (`Outcome`s, in the order of the cases):
  - a case the submission failed with wrong values: the mistake's outputs match the
    submission's under the case's checks (exact checks loosened to rounding, since a
    mistake's probabilities or scores are computed in another order than the student's);
  - a case where the submission's call raised: the mistake raises the same exception type;
  - a case the submission passed: the mistake passes it too.
A case that failed for another reason (a contract error, a timeout, a crash) is explained
by no mistake. When several mistakes explain everything, all their names are given (one
per distinct name: a mistake may be declared by several patches). When none does, the one
that explains the most failed cases is given as the closest, with the first case and
output where it differs, but only when it explains more than half of the failed cases (a
mistake matching one failure of three is a coincidence, not a lead), counting only cases
with evidence: the same exception, or equal values with a finite number among them (all
nan, or a threshold both miss, matches any mistake that breaks down); a tie for closest
names none.

    explain_question(assignment, question, outcomes) -> list of feedback lines (None: passed)

The sentence goes on the first failed case's line; unless a mistake is named, a note on
the functions the reference stands in for (dependencies.py) goes on the first line whose
call raised or broke the contract.
"""
import numpy as np

from .checks import Close, Exactly, safe_check
from .dependencies import dependency_note
from .i18n import declared, tr
from .judge import describe_key, first_failure, run_reference, with_derived

ROUNDING = Close(rtol=1e-7, atol=1e-12)


def explain_question(assignment, question, outcomes):
    """The feedback line of every case: its problem, the first failed one with the named
    (or closest) mistake, the first one that raised with the note on dependencies."""
    lines = [outcome.problem for outcome in outcomes]
    failed = [number for number, outcome in enumerate(outcomes) if not outcome.passed]
    if not failed:
        return lines
    sentence = mistake_sentence(assignment, question, outcomes)
    if sentence:
        lines[failed[0]] = _sentences(lines[failed[0]], sentence)
    raised = [number for number in failed if outcomes[number].kind in ("raised", "contract")]
    named = sentence is not None and sentence.startswith(tr("This looks like"))
    note = dependency_note(assignment, question) if raised and not named else None
    if note:
        lines[raised[0]] = _sentences(lines[raised[0]], note)
    return lines


def _sentences(line, sentence):
    """Two sentences as one line: "line. sentence." (in Chinese: "line。sentence。")."""
    return tr("{line}. {sentence}.", line=line.rstrip(".。"), sentence=sentence.rstrip(".。"))


def mistake_sentence(assignment, question, outcomes):
    """"This looks like a known mistake, ..." / the closest one / None."""
    failed = [outcome for outcome in outcomes if not outcome.passed]
    if not question.mistakes or not failed:
        return None
    if any(outcome.kind not in ("returned", "raised") for outcome in failed):
        return None
    trials = [_Trial(assignment, question, mistake, outcomes) for mistake in question.mistakes]
    exact = [trial for trial in trials if trial.explains_all()]
    if exact:
        return _named({trial.mistake.name: trial.mistake for trial in exact})
    best = max(trial.evidenced for trial in trials)
    closest = {trial.mistake.name: trial for trial in trials if trial.evidenced == best}
    if 2 * best <= len(failed) or len(closest) != 1:  # a guess from a minority misleads
        return None
    trial = next(iter(closest.values()))
    return tr("No known mistake explains every failed case; the closest is {name} "
              "({advice}), but it differs on {difference}", name=declared(trial.mistake.name),
              advice=_lower_first(declared(trial.mistake.advice)),
              difference=trial.difference)


def _named(mistakes):
    if len(mistakes) == 1:
        mistake = next(iter(mistakes.values()))
        return tr("This looks like a known mistake, {name}: {advice}",
                  name=declared(mistake.name), advice=declared(mistake.advice))
    return tr("This looks like one of these known mistakes: {names}", names=tr("; or ").join(
        tr("{name} ({advice})", name=declared(mistake.name),
           advice=_lower_first(declared(mistake.advice))) for mistake in mistakes.values()))


def _lower_first(text):
    text = text.rstrip(".。")
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


class _Trial:
    """One mistake tried against a question's outcomes, lazily: failed cases first, then
    (only while it explains all of them) the passed ones."""

    def __init__(self, assignment, question, mistake, outcomes):
        self.assignment, self.question, self.mistake = assignment, question, mistake
        self.outcomes = outcomes
        self.explained = 0
        self.evidenced = 0       # failed cases explained by equal finite values or raising
        self.difference = None   # "hidden case 3 (a 2-D x), the returned value"
        self._all = True
        for number, outcome in enumerate(outcomes):
            if not outcome.passed:
                where = self._disagreement(outcome)
                if where is None:
                    self.explained += 1
                    self.evidenced += _evidence(outcome)
                else:
                    self._all = False
                    self.difference = self.difference or _where(number, outcome, where)

    def explains_all(self):
        if not self._all:
            return False
        for number, outcome in enumerate(self.outcomes):
            if outcome.passed:
                where = self._disagreement(outcome)
                if where is not None:
                    self.difference = _where(number, outcome, where)
                    return False
        return True

    def _disagreement(self, outcome):
        """None when the mistake behaves like the submission on this case, else on what."""
        case = outcome.case
        try:
            wrong = with_derived(case, run_reference(self.assignment, self.question, case,
                                                     outcome.inputs, self.mistake.patch),
                                 outcome.inputs)
        except Exception as error:
            same = outcome.kind == "raised" and outcome.raised == type(error).__name__
            return None if same else tr("an {error} the mistake raises",
                                        error=type(error).__name__)
        if outcome.kind == "raised":
            return tr("the {error} your code raises", error=outcome.raised)
        if outcome.passed:
            failure = first_failure(case, wrong, outcome.expected)
            return None if failure is None else describe_key(failure[0])
        return _mismatched_output(case, outcome.got, wrong)


def _mismatched_output(case, got, wrong):
    if not isinstance(got, dict) or not isinstance(wrong, dict):
        return tr("the outputs")
    for key, check in case.checks.items():
        if key not in got or key not in wrong:
            return describe_key(key)
        if getattr(check, "needs_reference", True):
            loose = ROUNDING if isinstance(check, Exactly) else check
            agree = _check(loose, got[key], wrong[key], same_nan=True) is None
        else:  # a threshold: the mistake must pass or fail it as the submission does
            agree = (_check(check, got[key], None) is None) == \
                (_check(check, wrong[key], None) is None)
        if not agree:
            return describe_key(key)
    return None


def _evidence(outcome):
    """Whether a failed case a mistake explains says something about the mistake: the
    same exception, or equal wrong values with at least one finite number. Outputs that are nan
    or inf throughout, or a threshold both miss, match every mistake that breaks down too
    (an adam whose bias correction divides by 0 - beta2 ** t looks like one with t = 0)."""
    if outcome.kind == "raised":
        return True
    got = outcome.got if isinstance(outcome.got, dict) else {}
    expected = outcome.expected if isinstance(outcome.expected, dict) else {}
    return any(getattr(check, "needs_reference", True) and _has_finite(got.get(key))
               and _check(check, got.get(key), expected.get(key)) is not None
               for key, check in outcome.case.checks.items())  # the keys it failed on


def _has_finite(value):
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return value is not None  # not numbers (a shape, a string): compared as they are
    return bool(np.isfinite(array).any())


def _check(check, got, expected, same_nan=False):
    return safe_check(check, got, expected, same_nan=same_nan)


def _where(number, outcome, what):
    case = outcome.case
    return tr("{case}, {what}", case=case_name(case, number + 1), what=what)


def case_name(case, number):
    """"hidden case 3 (a 2-D x)": how every line and page names a case (number from 1)."""
    if case.hidden:
        return tr("hidden case {number} ({label})", number=number, label=declared(case.label))
    return tr("public case {number} ({label})", number=number, label=declared(case.label))
