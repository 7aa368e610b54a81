"""The kit's Python API, in otter-grader's manner: one function per verb, options by keyword.

    from autograder import api
    outcome = api.grade("hw1_gradients", ["submissions/"], out="grades", jobs=2)
    result = api.grade_one("hw1_gradients", "alice.ipynb")        # one Gradescope result
    report = api.verify("hw1_gradients", "submitted/", otter_results="final_grades.csv")
    paths = api.build(".")

Every default is defaults.py's, the same as the command line's (cli.py reads them from
there). Nothing here prints or sets an environment variable: what happened is returned
(BatchOutcome, a result dict, verify.Report, the written paths), warnings go to the
`logging` module, and a progress display is the caller's (`progress=`).

The command line also gives numpy one BLAS thread per grading process (with -j N, threaded
BLAS oversubscribes the cores); from Python, set OPENBLAS_NUM_THREADS=1 (and OMP_, MKL_)
before numpy is first imported for the same speed.

Errors: OptionError (a ValueError) for an option no grading can use, NothingToGrade when
no path names a gradable file; GraderFault / data.DataError when the sandbox or the data
cannot grade at all (nothing was graded, no file written); extras.MissingExtra when an
optional dependency (Dask for `scheduler`, otter-grader for `build`) is not installed.
"""
import tempfile
from pathlib import Path

from . import defaults
from .questions import ASSIGNMENT_IDS


class OptionError(ValueError):
    """An option no grading can use; `option` names the keyword argument."""

    def __init__(self, option, message):
        super().__init__(message)
        self.option = option


class NothingToGrade(ValueError):
    """No path named a gradable file; `problems` says, for each path, why."""

    def __init__(self, problems):
        super().__init__("nothing to grade" + "".join(f"; {problem}" for problem in problems))
        self.problems = list(problems)


def grade(assignment_id, paths, *, out=defaults.OUTDIR, jobs=defaults.JOBS, data=None,
          sandbox=defaults.SANDBOX, seed=defaults.SEED, resume=defaults.RESUME,
          plot=defaults.PLOT, lang=defaults.LANG, scheduler=defaults.SCHEDULER,
          progress=None):
    """Grade the submissions named by `paths` (files, folders, glob patterns) into `out`.

    Writes out/<student>.json (Gradescope format), its feedback page, grades.csv and the
    class report. data: the data folder (None: the kit's data/, or $NNGRADER_DATA);
    seed: one seed for every submission (None: a hash of each); lang: "en", "zh" or
    "auto"; scheduler: a Dask scheduler address or "local:N"; progress: None, or a
    factory (pending, total) -> context manager giving a function called per submission.

    Returns batch.BatchOutcome: rows [(student, result)], refused students, the paths
    that named nothing gradable (`problems`), the sandbox line, and `faults`.
    """
    from .batch import BatchOptions, run_batch
    from .submissions import select

    _check_options(assignment_id, sandbox, lang, scheduler, jobs)
    selection = select(paths, _line_language(lang))
    if not selection.submissions:
        raise NothingToGrade(selection.problems)
    options = BatchOptions(assignment_id, Path(out), jobs, None if data is None else Path(data),
                           sandbox, seed, resume, progress, plot, lang=lang,
                           scheduler=scheduler)
    outcome = run_batch(selection.submissions, options)
    outcome.problems = selection.problems
    return outcome


def grade_one(assignment_id, path, *, out=None, data=None, sandbox=defaults.SANDBOX,
              seed=defaults.SEED, lang=defaults.LANG):
    """Grade one submission file; its result (a dict, Gradescope format).

    out: where its result and feedback page are kept (None: a temporary folder, removed).
    A fault of the grader is the result's `"status": "error"`, as in a batch.
    """
    if out is not None:
        return _only_row(grade(assignment_id, [path], out=out, data=data, sandbox=sandbox,
                               seed=seed, lang=lang, resume=False, plot=False))
    with tempfile.TemporaryDirectory(prefix="nngrader-grade-one-") as folder:
        return _only_row(grade(assignment_id, [path], out=folder, data=data, sandbox=sandbox,
                               seed=seed, lang=lang, resume=False, plot=False))


def _only_row(outcome):
    if outcome.problems or not outcome.rows:
        raise NothingToGrade(outcome.problems + outcome.refused)
    return outcome.rows[0][1]


def verify(assignment_id, submissions_dir, *, otter_results=None, nbgrader_db=None,
           data=None, sandbox=defaults.SANDBOX, jobs=defaults.JOBS, seed=None,
           lang=defaults.LANG):
    """Re-grade `submissions_dir` out of band; verify.Report of every question whose
    otter-grader (`otter_results`) or nbgrader (`nbgrader_db`) score disagrees.

    seed: None for the in-kernel seed of the assignment (the same cases the tools ran);
    lang: "en", "zh" or "auto" (English), of Report.format() and of the errors raised.
    """
    from .verify import verify as verify_scores

    _check_options(assignment_id, sandbox, lang, None, jobs)
    if otter_results is None and nbgrader_db is None:
        raise OptionError("otter_results", "give otter_results and/or nbgrader_db")
    return verify_scores(assignment_id, submissions_dir, otter_results, nbgrader_db,
                         seed=seed, data_dir=data, sandbox=sandbox, jobs=jobs, lang=lang)


def build(root=defaults.BUILD_ROOT):
    """Regenerate the notebooks, otter zips and nbgrader course from each source under
    `root` (the kit's folder); the paths written."""
    from .generate import main

    return main(Path(root).resolve())


def mutants(assignment_id, *, questions=(), sample=0, seed=0, jobs=defaults.JOBS, data=None,
            sandbox=defaults.SANDBOX, changes=()):
    """Grade single-point mutants of the solutions (docs/MUTANTS.md); a
    mutation.run.QuestionReport per question.

    questions: only these (default: all); sample: mutants per question (0: all); seed:
    sampling and grading seed; changes: only mutants with this change ("old -> new") or
    report line ("<location>  old -> new").
    """
    from .mutation.run import MutantOptions, run_mutants
    from .questions import load_assignment

    _check_options(assignment_id, sandbox, defaults.LANG, None, jobs)
    known = [question.name for question in load_assignment(assignment_id).questions]
    for name in questions:
        if name not in known:
            raise OptionError("question", f"{name!r}; {assignment_id} has {', '.join(known)}")
    return run_mutants(MutantOptions(assignment_id, tuple(questions), sample, seed, jobs,
                                     None if data is None else Path(data), sandbox,
                                     changes=tuple(changes)))


def _line_language(lang):
    """The language of the instructor's lines: --lang, English for "auto"."""
    return "en" if lang == "auto" else lang


def _check_options(assignment_id, sandbox, lang, scheduler, jobs):
    if assignment_id not in ASSIGNMENT_IDS:
        raise OptionError("assignment_id",
                          f"unknown assignment; known: {', '.join(ASSIGNMENT_IDS)}")
    if sandbox not in defaults.SANDBOX_CHOICES:
        raise OptionError("sandbox", "choose bubblewrap, none or auto")
    if lang not in defaults.LANG_CHOICES:
        raise OptionError("lang", "choose en, zh or auto")
    if scheduler is not None and scheduler.startswith("local:") \
            and not (scheduler[6:].isdigit() and int(scheduler[6:]) >= 1):
        raise OptionError("scheduler", "local:N needs a number of workers, e.g. local:4")
    if jobs < 1:
        raise OptionError("jobs", "jobs must be 1 or more")
