"""What the command line shows: the progress bar, a batch's lines, the library's warnings.

The lines are in the language of `--lang` (i18n.tr; English for "auto", whose language is
each submission's): names, scores and paths stay as they are. cli.py echoes them; the
library below it prints nothing.
"""
import logging

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

from .i18n import tr
from .submissions import printable


def progress_bar(lang):
    """A progress factory for BatchOptions.progress: a rich bar counting graded submissions."""
    def factory(pending, total):
        return _Bar(pending, total, lang)
    return factory


class _Bar:
    def __init__(self, pending, total, lang):
        self.pending, self.total, self.lang = pending, total, lang

    def __enter__(self):
        self.bar = Progress("[progress.description]{task.description}", BarColumn(),
                            MofNCompleteColumn(), TimeElapsedColumn(), transient=False)
        self.bar.start()
        done = self.total - self.pending
        self.task = self.bar.add_task(tr("grading ({done} already current)", self.lang,
                                         done=done), total=self.pending)
        return lambda: self.bar.advance(self.task)

    def __exit__(self, *exc):
        self.bar.stop()


def problem_line(problem, lang, keep_newlines=False):
    """What was not graded (an argument, a student, or the whole batch), for stderr."""
    return tr("error: {problem}", lang, problem=printable(problem, keep_newlines))


def nothing_to_grade(lang):
    return tr("error: nothing to grade", lang)


def score_lines(outcome, outdir, lang):
    """stdout after a batch: one line per student (its score, or that it was not graded)
    and where the results are."""
    lines = []
    for name, result in outcome.rows:
        if result.get("status") == "error":
            lines.append(tr("{name}: NOT GRADED (a fault of the grader)", lang,
                            name=printable(name)))
        else:
            lines.append(tr("{name}: {score:g} / {possible:g}", lang, name=printable(name),
                            score=result["score"],
                            possible=sum(test["max_score"] for test in result["tests"])))
    lines.append(tr("results in {outdir}/ (grades.csv)", lang, outdir=printable(outdir)))
    return lines


def summary_lines(outcome, lang):
    """stderr after a batch: the sandbox used, students refused, grader faults, and how
    many arguments or students were not graded."""
    lines = [tr("sandbox: {sandbox}", lang, sandbox=outcome.sandbox)] if outcome.sandbox else []
    lines += [problem_line(problem, lang) for problem in outcome.refused]
    if outcome.faults:
        lines.append(tr("{count} submission(s) NOT graded because of a fault of the grader "
                        "(no score was given; run the same command again to grade them):",
                        lang, count=len(outcome.faults)))
        lines += [f"  {printable(name)}: {printable(why)}" for name, why in outcome.faults]
    not_graded = len(outcome.problems) + len(outcome.refused)
    if not_graded:
        lines.append(tr("{count} argument(s) or student(s) were not graded (listed above "
                        "as errors)", lang, count=not_graded))
    return lines


class _Stderr(logging.Handler):
    """Writes `warning: <message>` (in `lang`) to the sys.stderr of the moment (typer's
    test runner swaps it per invocation), as cli.py writes its own lines."""

    lang = "en"

    def emit(self, record):
        typer.echo(tr("warning: {message}", self.lang, message=self.format(record)),
                   err=True)


def show_warnings(lang="en"):
    """Show the kit's logged warnings (a missing sandbox, a page not written) on stderr."""
    logger = logging.getLogger("autograder")
    handler = next((handler for handler in logger.handlers if isinstance(handler, _Stderr)),
                   None)
    if handler is None:
        handler = _Stderr(logging.WARNING)
        logger.addHandler(handler)
    handler.lang = lang
