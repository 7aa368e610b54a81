"""The command line: thin wiring of typer to the verbs (grade, build, verify, mutants)."""
import os
import sys

# Set before numpy loads: one BLAS thread per grading process. With -j N processes on a
# small machine, threaded BLAS oversubscribes the cores and runs many times slower.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
from pathlib import Path
from typing import List, Optional

import typer

from .questions import ASSIGNMENT_IDS  # a tuple of names: imports nothing heavy

ASSIGNMENT_HELP = "one of: " + ", ".join(ASSIGNMENT_IDS)

app = typer.Typer(help="nngrader: build and grade the neural-networks-from-scratch course.",
                  no_args_is_help=True, add_completion=False)


# exit statuses of `nngrader grade` (README.md, "Statuses and exit codes")
EXIT_GRADED = 0            # every submission was graded, whatever the scores
EXIT_GRADER_FAULT = 1      # some submissions were not graded: a fault of the grader
EXIT_BAD_ARGUMENTS = 2     # an argument named nothing gradable, or a student was refused
EXIT_CANNOT_GRADE = 3      # the sandbox or the data is unavailable: nothing was graded


@app.command()
def grade(
    assignment_id: str = typer.Argument(..., help=ASSIGNMENT_HELP),
    submissions: List[Path] = typer.Argument(..., help=".ipynb notebooks or .py scripts, "
                                                       "or folders holding them"),
    outdir: Path = typer.Option(Path("grades"), "-o", "--outdir", help="where results go"),
    jobs: int = typer.Option(1, "-j", "--jobs", min=1, help="submissions graded in parallel"),
    data: Optional[Path] = typer.Option(None, "--data", envvar="NNGRADER_DATA",
                                        help="folder with catvnoncat/ and mnist/"),
    sandbox: str = typer.Option("auto", help="bubblewrap, none, or auto (bubblewrap if "
                                             "installed)"),
    seed: Optional[int] = typer.Option(None, help="one seed for every submission (default: "
                                                  "a hash of each submission)"),
    resume: bool = typer.Option(True, help="skip submissions whose result is current"),
    progress: bool = typer.Option(True, help="show a progress bar"),
    plot: bool = typer.Option(True, help="write OUTDIR/class_report.png"),
    lang: str = typer.Option("en", "--lang", help="feedback language: en, zh, or auto (each "
                             "submission in the language of the notebook it was made from)"),
    scheduler: Optional[str] = typer.Option(
        None, help="grade on a Dask cluster: its scheduler (tcp://host:8786), or local:N "
                   "for N local worker processes (-j is then unused)"),
):
    """Grade submissions: OUTDIR/<student>.json (Gradescope format), grades.csv,
    class_report.png. Exit 0: all graded; 1: grader faults; 2: bad arguments; 3: the
    sandbox or data is unavailable."""
    _forget_working_directory()
    from .batch import BatchOptions, run_batch
    from .data import DataError
    from .extras import MissingExtra
    from .faults import GraderFault
    from .submissions import printable, select

    if assignment_id not in ASSIGNMENT_IDS:
        raise typer.BadParameter(f"unknown assignment; known: {', '.join(ASSIGNMENT_IDS)}",
                                 param_hint="ASSIGNMENT_ID")
    if sandbox not in ("auto", "bubblewrap", "none"):
        raise typer.BadParameter("choose bubblewrap, none or auto", param_hint="--sandbox")
    if lang not in ("en", "zh", "auto"):
        raise typer.BadParameter("choose en, zh or auto", param_hint="--lang")
    if scheduler is not None and scheduler.startswith("local:") \
            and not (scheduler[6:].isdigit() and int(scheduler[6:]) >= 1):
        raise typer.BadParameter("local:N needs a number of workers, e.g. local:4",
                                 param_hint="--scheduler")
    selection = select(submissions)
    for problem in selection.problems:
        typer.echo(f"error: {printable(problem)}", err=True)
    if not selection.submissions:
        typer.echo("error: nothing to grade", err=True)
        raise typer.Exit(EXIT_BAD_ARGUMENTS)
    options = BatchOptions(assignment_id, outdir, jobs, data, sandbox, seed, resume, progress,
                           plot, lang=lang, scheduler=scheduler)
    try:
        outcome = run_batch(selection.submissions, options)
    except MissingExtra as error:  # --scheduler without Dask installed
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_BAD_ARGUMENTS)
    except (GraderFault, DataError) as error:  # the sandbox or the data: nothing graded
        typer.echo(f"error: {printable(error, keep_newlines=True)}", err=True)
        raise typer.Exit(EXIT_CANNOT_GRADE)
    if outcome.sandbox:
        typer.echo(f"sandbox: {outcome.sandbox}", err=True)
    for name, result in outcome.rows:
        if result.get("status") == "error":
            typer.echo(f"{printable(name)}: NOT GRADED (a fault of the grader)")
        else:
            typer.echo(f"{printable(name)}: {result['score']:g} / "
                       f"{sum(test['max_score'] for test in result['tests']):g}")
    typer.echo(f"results in {printable(outdir)}/ (grades.csv)")
    problems = selection.problems + outcome.refused
    for problem in outcome.refused:
        typer.echo(f"error: {printable(problem)}", err=True)
    if outcome.faults:
        typer.echo(f"{len(outcome.faults)} submission(s) NOT graded because of a fault of the "
                   "grader (no score was given; run the same command again to grade them):",
                   err=True)
        for name, why in outcome.faults:
            typer.echo(f"  {printable(name)}: {printable(why)}", err=True)
    if problems:
        typer.echo(f"{len(problems)} argument(s) or student(s) were not graded (listed above "
                   "with `error:`)", err=True)
        raise typer.Exit(EXIT_BAD_ARGUMENTS)
    raise typer.Exit(EXIT_GRADER_FAULT if outcome.faults else EXIT_GRADED)


def _forget_working_directory():
    """Drop the working directory from sys.path (`python -m autograder.cli` puts it first).

    The grader imports matplotlib and its dependencies lazily: a `matplotlib.py` or
    `numpy.py` in the folder the instructor grades from must never be imported here. The
    kit's own folder is kept when it is the working directory.
    """
    cwd = os.path.realpath(os.getcwd())
    kit = os.path.realpath(Path(__file__).resolve().parent.parent)
    if cwd != kit:
        sys.path[:] = [entry for entry in sys.path
                       if os.path.realpath(entry or os.curdir) != cwd]


@app.command()
def verify(
    assignment_id: str = typer.Argument(..., help=ASSIGNMENT_HELP),
    submissions_dir: Path = typer.Argument(..., help="the folder of submitted notebooks"),
    otter_results: Optional[Path] = typer.Option(None, help="otter's final_grades.csv or "
                                                            "results JSON"),
    nbgrader_db: Optional[Path] = typer.Option(None, help="nbgrader's gradebook.db"),
    data: Optional[Path] = typer.Option(None, "--data", envvar="NNGRADER_DATA"),
    sandbox: str = typer.Option("auto", help="bubblewrap, none, or auto"),
    jobs: int = typer.Option(1, "-j", "--jobs", min=1),
):
    """Re-grade out of band; list every question where otter or nbgrader disagrees."""
    from .extras import MissingExtra
    from .verify import verify as verify_scores

    if otter_results is None and nbgrader_db is None:
        raise typer.BadParameter("give --otter-results and/or --nbgrader-db")
    try:
        report = verify_scores(assignment_id, submissions_dir, otter_results, nbgrader_db,
                               data_dir=data, sandbox=sandbox, jobs=jobs)
    except MissingExtra as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2)
    typer.echo(report.format())
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def demo(
    outdir: Path = typer.Option(Path("nngrader-demo"), "-o", "--outdir",
                                help="where the sample classes, results and pages go"),
    jobs: int = typer.Option(2, "-j", "--jobs", min=1, help="notebooks graded in parallel"),
    progress: bool = typer.Option(True, help="show a progress bar"),
):
    """Grade a built-in sample class of every assignment; print where the pages are."""
    from .demo import run_demo

    raise typer.Exit(run_demo(outdir, jobs, progress, echo=typer.echo))


@app.command()
def mutants(
    assignment_id: str = typer.Argument(..., help="e.g. hw1_gradients"),
    question: List[str] = typer.Option([], "--question", "-q", help="only this question "
                                       "(repeatable)"),
    sample: int = typer.Option(0, "--sample", "-n", min=0, help="mutants per question "
                               "(0: all)"),
    seed: int = typer.Option(0, help="sampling and grading seed"),
    jobs: int = typer.Option(1, "-j", "--jobs", min=1, help="mutants graded in parallel"),
    data: Optional[Path] = typer.Option(None, "--data", envvar="NNGRADER_DATA"),
    sandbox: str = typer.Option("auto", help="bubblewrap, none, or auto"),
    change: List[str] = typer.Option([], "--change", help="only the mutant(s) with this "
                                     "change, 'old -> new' or the report's whole line "
                                     "'<location>  old -> new'; their feedback is printed"),
):
    """Grade single-point mutants of the solutions: how many do the cases catch?"""
    from .mutation.run import MutantOptions, format_report, run_mutants
    from .questions import ASSIGNMENT_IDS, load_assignment

    if assignment_id not in ASSIGNMENT_IDS:
        raise typer.BadParameter(f"unknown assignment; known: {', '.join(ASSIGNMENT_IDS)}",
                                 param_hint="ASSIGNMENT_ID")
    known = [q.name for q in load_assignment(assignment_id).questions]
    for name in question:
        if name not in known:
            raise typer.BadParameter(f"{name!r}; {assignment_id} has {', '.join(known)}",
                                     param_hint="--question")
    options = MutantOptions(assignment_id, tuple(question), sample, seed, jobs, data, sandbox,
                            changes=tuple(change))
    reports = run_mutants(options)
    typer.echo(format_report(reports, assignment_id))
    if change:
        for report in reports:
            for outcome in report.outcomes:
                typer.echo(f"\n[{report.question}] {outcome.line()}: {outcome.status}\n"
                           + (outcome.feedback or outcome.detail))
    failed = any(report.baseline or report.count("error") for report in reports)
    raise typer.Exit(1 if failed else 0)


@app.command()
def build(root: Path = typer.Option(Path("."), help="the kit's folder")):
    """Regenerate notebooks, otter zips and the nbgrader course from each single source."""
    from .generate import main
    from .data import DataError
    from .extras import MissingExtra

    try:
        main(root.resolve())
    except (MissingExtra, DataError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2)


@app.command()
def data(
    folder: Optional[Path] = typer.Option(None, help="the data folder to check (default: "
                                                     "$NNGRADER_DATA, else the kit's data/)"),
    fetch_mnist: bool = typer.Option(False, "--fetch-mnist", help="download the four MNIST "
                                     "files from their source, each checked by sha256"),
):
    """Check the data files (size and sha256); optionally fetch MNIST again."""
    from . import data as kit_data
    from .datafiles import FetchError, fetch_mnist as fetch, problems, write_catvnoncat_npz

    folder = folder or kit_data.data_dir() or kit_data.KIT_DATA
    if fetch_mnist:
        try:
            fetch(folder)
        except FetchError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1)
    found = problems(folder)
    if "catvnoncat/catvnoncat.npz" in found and not any(
            name.endswith(".h5") for name in found):
        write_catvnoncat_npz(folder)  # derived from the h5 files, which are right
        typer.echo(f"{folder}/catvnoncat/catvnoncat.npz: written from the HDF5 files")
        found = problems(folder)
    for relative in sorted(kit_data.EXPECTED_FILES):
        typer.echo(f"{relative}: {found.get(relative, 'ok (sha256 verified)')}")
    if found:
        typer.echo(f"error: {len(found)} file(s) missing or damaged in {folder}. "
                   f"{kit_data.HOW_TO_FIX}", err=True)
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
