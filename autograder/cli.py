"""The command line: thin wiring of typer to the verbs of api.py (grade, build, verify, ...).

Each command parses its options (their defaults are defaults.py's), calls the library,
prints what it returned (console.py) and exits with the documented status. As the
application, it is also the one place that sets the environment: one BLAS thread.
"""
import os
import sys

# Set before numpy loads: one BLAS thread per grading process. With -j N processes on a
# small machine, threaded BLAS oversubscribes the cores and runs many times slower.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
from pathlib import Path
from typing import List, Optional

import typer

from . import defaults
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
    outdir: Path = typer.Option(defaults.OUTDIR, "-o", "--outdir", help="where results go"),
    jobs: int = typer.Option(defaults.JOBS, "-j", "--jobs", min=1,
                             help="submissions graded in parallel"),
    data: Optional[Path] = typer.Option(None, "--data", envvar="NNGRADER_DATA",
                                        help="folder with catvnoncat/ and mnist/"),
    sandbox: str = typer.Option(defaults.SANDBOX, help="bubblewrap, none, or auto "
                                                       "(bubblewrap if installed)"),
    seed: Optional[int] = typer.Option(defaults.SEED, help="one seed for every submission "
                                                           "(default: a hash of each submission)"),
    resume: bool = typer.Option(defaults.RESUME, help="skip submissions whose result is current"),
    progress: bool = typer.Option(True, help="show a progress bar"),
    plot: bool = typer.Option(defaults.PLOT, help="write OUTDIR/class_report.png"),
    lang: str = typer.Option(defaults.LANG, "--lang", help="feedback and these lines: en, zh, "
                             "or auto (each submission in the language of the notebook it "
                             "was made from)"),
    scheduler: Optional[str] = typer.Option(
        defaults.SCHEDULER, help="grade on a Dask cluster: its scheduler (tcp://host:8786), "
                                 "or local:N for N local worker processes (-j is then unused)"),
):
    """Grade submissions: OUTDIR/<student>.json (Gradescope format), grades.csv,
    class_report.png. Exit 0: all graded; 1: grader faults; 2: bad arguments; 3: the
    sandbox or data is unavailable."""
    _forget_working_directory()
    from . import api, console
    from .data import DataError
    from .extras import MissingExtra
    from .faults import GraderFault

    console.show_warnings(lang)
    try:
        outcome = api.grade(assignment_id, submissions, out=outdir, jobs=jobs, data=data,
                            sandbox=sandbox, seed=seed, resume=resume, plot=plot, lang=lang,
                            scheduler=scheduler,
                            progress=console.progress_bar(lang) if progress else None)
    except api.OptionError as error:
        raise typer.BadParameter(str(error), param_hint=_hint(error.option))
    except api.NothingToGrade as error:
        for problem in error.problems:
            typer.echo(console.problem_line(problem, lang), err=True)
        typer.echo(console.nothing_to_grade(lang), err=True)
        raise typer.Exit(EXIT_BAD_ARGUMENTS)
    except MissingExtra as error:  # --scheduler without Dask installed
        typer.echo(console.problem_line(error, lang), err=True)
        raise typer.Exit(EXIT_BAD_ARGUMENTS)
    except (GraderFault, DataError) as error:  # the sandbox or the data: nothing graded
        typer.echo(console.problem_line(error, lang, keep_newlines=True), err=True)
        raise typer.Exit(EXIT_CANNOT_GRADE)
    for problem in outcome.problems:
        typer.echo(console.problem_line(problem, lang), err=True)
    for line in console.score_lines(outcome, outdir, lang):
        typer.echo(line)
    for line in console.summary_lines(outcome, lang):
        typer.echo(line, err=True)
    if outcome.problems or outcome.refused:
        raise typer.Exit(EXIT_BAD_ARGUMENTS)
    raise typer.Exit(EXIT_GRADER_FAULT if outcome.faults else EXIT_GRADED)


def _hint(option):
    """How the command line spells an api keyword argument."""
    return {"assignment_id": "ASSIGNMENT_ID", "out": "--outdir"}.get(
        option, "--" + option.replace("_", "-"))


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
    sandbox: str = typer.Option(defaults.SANDBOX, help="bubblewrap, none, or auto"),
    jobs: int = typer.Option(defaults.JOBS, "-j", "--jobs", min=1),
    lang: str = typer.Option(defaults.LANG, "--lang", help="the report's lines: en or zh"),
):
    """Re-grade out of band; list every question where otter or nbgrader disagrees.
    Exit 0: every score agrees; 1: some disagree; 3: the sandbox or data is unavailable."""
    from . import api, console
    from .data import DataError
    from .extras import MissingExtra
    from .faults import GraderFault

    console.show_warnings(lang)
    try:
        report = api.verify(assignment_id, submissions_dir, otter_results=otter_results,
                            nbgrader_db=nbgrader_db, data=data, sandbox=sandbox, jobs=jobs,
                            lang=lang)
    except api.OptionError as error:
        if error.option == "otter_results":
            raise typer.BadParameter("give --otter-results and/or --nbgrader-db")
        raise typer.BadParameter(str(error), param_hint=_hint(error.option))
    except MissingExtra as error:
        typer.echo(console.problem_line(error, lang), err=True)
        raise typer.Exit(2)
    except (GraderFault, DataError) as error:  # the sandbox or the data: nothing graded
        typer.echo(console.problem_line(error, lang, keep_newlines=True), err=True)
        raise typer.Exit(EXIT_CANNOT_GRADE)
    typer.echo(report.format())
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def demo(
    outdir: Path = typer.Option(defaults.DEMO_OUTDIR, "-o", "--outdir",
                                help="where the sample classes, results and pages go"),
    jobs: int = typer.Option(defaults.DEMO_JOBS, "-j", "--jobs", min=1,
                             help="notebooks graded in parallel"),
    progress: bool = typer.Option(True, help="show a progress bar"),
):
    """Grade a built-in sample class of every assignment; print where the pages are."""
    from . import console
    from .demo import run_demo

    console.show_warnings()
    raise typer.Exit(run_demo(outdir, jobs, console.progress_bar(defaults.LANG)
                              if progress else None, echo=typer.echo))


@app.command()
def mutants(
    assignment_id: str = typer.Argument(..., help="e.g. hw1_gradients"),
    question: List[str] = typer.Option([], "--question", "-q", help="only this question "
                                       "(repeatable)"),
    sample: int = typer.Option(0, "--sample", "-n", min=0, help="mutants per question "
                               "(0: all)"),
    seed: int = typer.Option(0, help="sampling and grading seed"),
    jobs: int = typer.Option(defaults.JOBS, "-j", "--jobs", min=1,
                             help="mutants graded in parallel"),
    data: Optional[Path] = typer.Option(None, "--data", envvar="NNGRADER_DATA"),
    sandbox: str = typer.Option(defaults.SANDBOX, help="bubblewrap, none, or auto"),
    change: List[str] = typer.Option([], "--change", help="only the mutant(s) with this "
                                     "change, 'old -> new' or the report's whole line "
                                     "'<location>  old -> new'; their feedback is printed"),
):
    """Grade single-point mutants of the solutions: how many do the cases catch?"""
    from . import api, console
    from .mutation.run import format_report

    console.show_warnings()
    try:
        reports = api.mutants(assignment_id, questions=question, sample=sample, seed=seed,
                              jobs=jobs, data=data, sandbox=sandbox, changes=change)
    except api.OptionError as error:
        raise typer.BadParameter(str(error), param_hint=_hint(error.option))
    typer.echo(format_report(reports, assignment_id))
    if change:
        for report in reports:
            for outcome in report.outcomes:
                typer.echo(f"\n[{report.question}] {outcome.line()}: {outcome.status}\n"
                           + (outcome.feedback or outcome.detail))
    failed = any(report.baseline or report.count("error") for report in reports)
    raise typer.Exit(1 if failed else 0)


@app.command()
def build(root: Path = typer.Option(defaults.BUILD_ROOT, help="the kit's folder")):
    """Regenerate notebooks, otter zips and the nbgrader course from each single source."""
    from . import api, console
    from .data import DataError
    from .extras import MissingExtra

    console.show_warnings()
    try:
        paths = api.build(root)
    except (MissingExtra, DataError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2)
    for path in paths:
        typer.echo(path.relative_to(root.resolve()))


@app.command()
def data(
    folder: Optional[Path] = typer.Option(None, help="the data folder to check (default: "
                                                     "$NNGRADER_DATA, else the kit's data/)"),
    fetch_mnist: bool = typer.Option(False, "--fetch-mnist", help="download the four MNIST "
                                     "files from their source, each checked by sha256"),
):
    """Check the data files (size and sha256); optionally fetch MNIST again."""
    from . import data as kit_data
    from .datafiles import FetchError, check, fetch_mnist as fetch

    folder = folder or kit_data.data_dir() or kit_data.KIT_DATA
    if fetch_mnist:
        try:
            fetch(folder, log=typer.echo)
        except FetchError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1)
    found, npz_written = check(folder)
    if npz_written:
        typer.echo(f"{folder}/{kit_data.NPZ}: written from the HDF5 files")
    for relative in sorted(kit_data.EXPECTED_FILES):
        typer.echo(f"{relative}: {found.get(relative, 'ok (sha256 verified)')}")
    if found:
        typer.echo(f"error: {len(found)} file(s) missing or damaged in {folder}. "
                   f"{kit_data.how_to_fix('en')}", err=True)
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
