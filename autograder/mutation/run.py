"""Mutation adequacy of an assignment's cases: `nngrader mutants`.

    run_mutants(MutantOptions) -> [QuestionReport]
    format_report(reports) -> str

For each graded question: the solution cell(s) defining the names its cases call get
single-point mutants (operators.py); a sample of them (`sample` per question, drawn with
`seed`; 0 = all) is checked for equivalence on random inputs in a subprocess
(equivalence.py); each remaining mutant is written as a copy of the solved notebook with
that one cell changed and graded by the real engine (grade.grade_submission, in the
sandbox), on that question only, with one fixed grading seed. A mutant is caught when the
question loses points. For caught mutants the known mistakes named in the feedback are
listed, since the change itself is known: a human can check that the name fits.
"""
import os
import random
import shutil
import tempfile
import warnings
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import data, defaults
from ..preflight import build_matplotlib_cache, use_bubblewrap
from ..grade import GradingContext, grade_submission
from ..questions import load_assignment
from .equivalence import equivalent_mutants
from .notebook import contract_names, solution_cells, where, write_mutant
from .operators import mutants_of_cell


@dataclass(frozen=True)
class MutantOptions:
    assignment_id: str
    questions: tuple = ()        # question names; empty: every question
    sample: int = 0              # mutants per question; 0: all of them
    seed: int = 0                # sampling and grading seed
    jobs: int = defaults.JOBS
    data_dir: Path | None = None  # None: data.data_dir() (the kit's data/ or $NNGRADER_DATA)
    sandbox: str = defaults.SANDBOX
    timeout: float = 10.0        # seconds one mutant may take in the equivalence check
    changes: tuple = ()          # only mutants whose change ("old -> new"), or report line
                                 # ("<location>  old -> new"), is one of these


@dataclass
class Outcome:
    location: str                # reference/<module>.py:<line> or the notebook cell
    change: str                  # "old -> new"
    status: str = "pending"      # equivalent, caught, survived, error
    named: list = field(default_factory=list)   # known mistakes named in the feedback
    closest: list = field(default_factory=list)  # ... offered only as "the closest is"
    feedback: str = ""           # the question's whole feedback, when caught
    detail: str = ""             # the first failing line, or the grader's error

    def line(self):
        return f"{self.location}  {self.change}"


@dataclass
class QuestionReport:
    question: str
    generated: int
    outcomes: list               # the sampled mutants' Outcomes
    baseline: str = ""           # why the unmutated notebook lost points ("" when full)

    def count(self, status):
        return sum(outcome.status == status for outcome in self.outcomes)

    @property
    def graded(self):
        return sum(outcome.status in ("caught", "survived", "error")
                   for outcome in self.outcomes)

    @property
    def named(self):
        return sum(outcome.status == "caught" and bool(outcome.named)
                   for outcome in self.outcomes)


def run_mutants(options):
    assignment = load_assignment(options.assignment_id)
    questions = [assignment.question(name) for name in options.questions] \
        if options.questions else list(assignment.questions)
    cells = solution_cells(options.assignment_id)
    rng = random.Random(options.seed)
    plans = []                   # (question, [(cell, mutant, Outcome)], generated)
    for question in questions:
        names = contract_names(assignment, question)
        owned = [(cell, mutant) for cell in cells if set(cell.names) & names
                 for mutant in mutants_of_cell(cell.source) if mutant.function in names
                 and _chosen(options, cell, mutant)]
        chosen = owned if not options.sample or options.sample >= len(owned) else \
            sorted(rng.sample(owned, options.sample), key=owned.index)
        plans.append((question, [(cell, mutant, Outcome(
            where(options.assignment_id, cell, mutant), mutant.describe()))
            for cell, mutant in chosen], len(owned)))
    for question, entries, _ in plans:
        _mark_equivalent(options, question, entries)
    baselines = _grade_all(options, plans)
    return [QuestionReport(question.name, generated, [outcome for _, _, outcome in entries],
                           baselines.get(question.name, ""))
            for question, entries, generated in plans]


def _chosen(options, cell, mutant):
    """Every mutant, or those whose change ("old -> new") or whole report line
    ("<location>  old -> new") is among options.changes."""
    if not options.changes:
        return True
    line = f"{where(options.assignment_id, cell, mutant)}  {mutant.describe()}"
    return mutant.describe() in options.changes or line in options.changes


def _mark_equivalent(options, question, entries):
    by_cell = {}
    for cell, mutant, outcome in entries:
        by_cell.setdefault(cell, []).append((mutant, outcome))
    for cell, group in by_cell.items():
        verdicts = equivalent_mutants(options.assignment_id, question.name, cell.source,
                                      [mutant.source for mutant, _ in group], options.seed,
                                      options.timeout)
        for (_, outcome), equivalent in zip(group, verdicts):
            if equivalent:
                outcome.status = "equivalent"


def _grade_all(options, plans):
    """Grade the unmutated notebook per question, then every pending mutant."""
    data_folder = Path(options.data_dir) if options.data_dir else data.data_dir()
    sandboxed = use_bubblewrap(options.sandbox)
    work = Path(tempfile.mkdtemp(prefix="nngrader-mutants-"))
    inputs_dir = work / "inputs"
    inputs_dir.mkdir()
    os.chmod(work, 0o755)
    os.chmod(inputs_dir, 0o755)
    build_matplotlib_cache(inputs_dir)
    cells = solution_cells(options.assignment_id)
    baseline = work / "baseline.ipynb"
    write_mutant(options.assignment_id, cells[0], cells[0].source, baseline)
    jobs = [(tuple(question.name for question, _, _ in plans), baseline, None)]
    for question, entries, _ in plans:
        for number, (cell, mutant, outcome) in enumerate(entries):
            if outcome.status == "pending":
                path = work / f"{question.name}-{number}.ipynb"
                write_mutant(options.assignment_id, cell, mutant.source, path)
                jobs.append(((question.name,), path, outcome))
    arguments = [(options.assignment_id, name, str(path), str(inputs_dir),
                  data_folder, sandboxed, options.seed) for name, path, _ in jobs]
    try:
        if options.jobs <= 1:
            results = [_grade_one(*args) for args in arguments]
        else:
            with ProcessPoolExecutor(options.jobs) as pool:
                results = list(pool.map(_grade_one, *zip(*arguments)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    assignment = load_assignment(options.assignment_id)
    baselines = {}
    for (names, _, outcome), (tests, error) in zip(jobs, results):
        if outcome is None:  # the unmutated notebook must get full marks
            for name, test in zip(names, tests or [None] * len(names)):
                if error or test["score"] < test["max_score"]:
                    baselines[name] = error or _first_failure(test["output"])
            continue
        question, test = assignment.question(names[0]), tests[0] if tests else None
        if error:
            outcome.status, outcome.detail = "error", error
        elif test["score"] < test["max_score"]:
            outcome.status = "caught"
            outcome.detail = _first_failure(test["output"])
            outcome.feedback = test["output"]
            outcome.named, outcome.closest = named_mistakes(question, test)
        else:
            outcome.status = "survived"
    return baselines


_CONTEXTS = {}


def _grade_one(assignment_id, question_names, path, inputs_dir, data_dir, sandboxed, seed):
    """(the questions' result entries, None) or (None, why the grader failed)."""
    warnings.simplefilter("ignore", RuntimeWarning)  # mutants overflow; the checks say so
    key = (assignment_id, question_names)
    if key not in _CONTEXTS:
        assignment = load_assignment(assignment_id)
        only = replace(assignment, questions=[assignment.question(name)
                                              for name in question_names])
        uid = 61000 + os.getpid() % 4000
        _CONTEXTS[key] = GradingContext(only, Path(inputs_dir), data_dir, sandboxed, uid)
    try:
        result = grade_submission(path, _CONTEXTS[key], seed)
    except Exception as error:  # a grader fault: reported, never counted as caught
        return None, f"{type(error).__name__}: {error}"
    if (result.get("extra_data") or {}).get("error"):
        return None, result.get("output", "grader error")
    return result["tests"], None


def named_mistakes(question, test):
    """(mistakes the feedback names, the mistake it offers only as the closest), by name.

    The named ones are the test entry's extra_data "mistakes" (case_details.py); the
    closest is read from naming.py's sentence "... the closest is NAME (advice), ..."."""
    named = [mistake["name"] for mistake in (test.get("extra_data") or {}).get("mistakes", [])]
    closest = [mistake.name for mistake in question.mistakes
               if f"the closest is {mistake.name} (" in test["output"]]
    return named, list(dict.fromkeys(closest))


def _naming_lines(reports):
    """The share of caught mutants whose feedback names a mistake, and each name (or
    closest mistake) beside the mutant's change, for the author to judge."""
    caught = [(report, outcome) for report in reports for outcome in report.outcomes
              if outcome.status == "caught"]
    if not caught:
        return []
    named = [(report, outcome) for report, outcome in caught if outcome.named]
    closest = [(report, outcome) for report, outcome in caught
               if outcome.closest and not outcome.named]
    lines = [f"named a known mistake for {len(named)} of {len(caught)} caught mutants "
             f"({100 * len(named) / len(caught):.1f} %), offered the closest for "
             f"{len(closest)}: check each name below against the change"]
    for title, chosen, attribute in (
            ("caught and named (is the name right for the change?):", named, "named"),
            ("caught, closest mistake offered (is it fair?):", closest, "closest")):
        if chosen:
            lines += ["", title] + [
                f"  [{report.question}] {outcome.line()}  =>  "
                f"{'; '.join(getattr(outcome, attribute))}" for report, outcome in chosen]
    return [""] + lines


def _first_failure(output):
    return next((line.strip() for line in output.splitlines() if line.startswith("FAILED")),
                output.splitlines()[0] if output else "")


COLUMNS = ("generated", "equivalent", "graded", "caught", "survived", "named")


def format_report(reports, assignment_id):
    width = max([len("question")] + [len(report.question) for report in reports])
    lines = [f"{assignment_id}: mutants of the solved notebook's solution cells", "",
             f"{'question':<{width}}  " + "  ".join(f"{column:>10}" for column in COLUMNS)]
    totals = dict.fromkeys(COLUMNS, 0)
    for report in reports:
        values = {"generated": report.generated, "equivalent": report.count("equivalent"),
                  "graded": report.graded, "caught": report.count("caught"),
                  "survived": report.count("survived"), "named": report.named}
        for column in COLUMNS:
            totals[column] += values[column]
        lines.append(f"{report.question:<{width}}  "
                     + "  ".join(f"{values[column]:>10}" for column in COLUMNS))
    lines.append(f"{'total':<{width}}  " + "  ".join(f"{totals[column]:>10}"
                                                     for column in COLUMNS))
    judged = totals["caught"] + totals["survived"]
    if judged:
        lines.append(f"\ncaught {totals['caught']} of {judged} non-equivalent mutants "
                     f"({100 * totals['caught'] / judged:.1f} %)")
    for title, status in (("survived", "survived"), ("grader errors", "error")):
        chosen = [(report, outcome) for report in reports for outcome in report.outcomes
                  if outcome.status == status]
        if chosen:
            lines += ["", f"{title}:"] + [f"  [{report.question}] {outcome.line()}"
                                          + (f"  ({outcome.detail})" if outcome.detail else "")
                                          for report, outcome in chosen]
    lines += _naming_lines(reports)
    broken = [report for report in reports if report.baseline]
    if broken:
        lines += ["", "the unmutated solved notebook lost points (results unreliable):"]
        lines += [f"  [{report.question}] {report.baseline}" for report in broken]
    return "\n".join(lines)
