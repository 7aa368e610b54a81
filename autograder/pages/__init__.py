"""HTML pages written beside the results: a feedback page per submission, a class report.

    write_feedback_page(result_file, submission=None, assignment=None)
        OUTDIR/<name>.json -> OUTDIR/<name>.html (feedback.py)
    refresh_pages(outdir, submissions, assignment)
        after a batch: the pages of `submissions` that are missing or older than their
        result (a resumed batch), and OUTDIR/class_report.html from every result file in
        OUTDIR (class_report.py)

Pages are written atomically, like the results. A page that cannot be written is logged
(a warning of the `logging` module) and never changes a score or stops a batch.
"""
import logging
from pathlib import Path

from ..results import read_result, write_atomically
from .class_report import class_page, results_in
from .feedback import feedback_page

CLASS_REPORT = "class_report.html"
LOG = logging.getLogger(__name__)


def write_feedback_page(result_file, submission=None, assignment=None):
    """Write the page of one result file; return its path (None when no page was made)."""
    result_file = Path(result_file)
    try:
        result = read_result(result_file)
        if result is None:
            return None
        target = result_file.with_suffix(".html")
        write_atomically(target, feedback_page(result, result_file.stem, assignment,
                                               submission))
        return target
    except Exception as error:  # a page is never worth a lost grade
        LOG.warning("no feedback page for %s: %s: %s", result_file.name,
                    type(error).__name__, error)
        return None


def refresh_pages(outdir, submissions, assignment):
    """Pages missing or older than their result, then the class report; returns its path."""
    outdir = Path(outdir)
    for submission in submissions:
        result_file = outdir / f"{Path(submission).stem}.json"
        page_file = result_file.with_suffix(".html")
        if result_file.exists() and (not page_file.exists() or
                                     page_file.stat().st_mtime < result_file.stat().st_mtime):
            write_feedback_page(result_file, submission, assignment)
    return write_class_report(outdir, assignment)


def write_class_report(outdir, assignment):
    """OUTDIR/class_report.html from every result of `assignment` in OUTDIR."""
    target = Path(outdir) / CLASS_REPORT
    try:
        questions = [(question.name, float(question.points)) for question in assignment.questions]
        write_atomically(target, class_page(results_in(outdir, assignment.id), questions,
                                            assignment.id))
        return target
    except Exception as error:
        LOG.warning("no class report: %s: %s", type(error).__name__, error)
        return None
