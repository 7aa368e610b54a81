"""What grading one submission may cost: a total time budget and a cap on worker restarts.

Every cell that kills or hangs the worker costs a restart and a replay of the notebook, and
a notebook may hold hundreds of thousands of cells; so the whole of one submission's
grading (cells, cases, restarts, replays, the grader's own work for its cases) has a
wall-clock budget, and the restarts caused by cells are capped. The cases' restarts need
no cap of their own: there is at most one per declared case (35 in the largest
assignment). What is cut off is reported as not run and earns nothing. docs/SECURITY.md
gives the numbers. (budget.py is another bound: the trusted side's work per case.)
"""
import time

from .i18n import tr

SUBMISSION_SECONDS = 1200.0   # all the grading of one submission; the slowest solved
                              # notebook (hw4) took 65 s on a loaded 2-core machine
MAX_CELL_RESTARTS = 10        # cells that may kill or hang the worker before the rest of
                              # the notebook's cells are not run


class SubmissionBudget:
    """The time and cell restarts left to one submission, from when it was created."""

    def __init__(self, seconds=None, cell_restarts=None):
        # read the module's values when created, so that a test can lower them
        self.seconds = SUBMISSION_SECONDS if seconds is None else float(seconds)
        self.cell_restarts = MAX_CELL_RESTARTS if cell_restarts is None else int(cell_restarts)
        self.deadline = time.monotonic() + self.seconds

    def remaining(self):
        """Seconds left (0 or less once used up)."""
        return self.deadline - time.monotonic()

    def timeout(self, declared):
        """The timeout for one step: its declared one, or less if the budget ends sooner."""
        return max(min(declared, self.remaining()), 0.0)

    def out_of_time(self):
        return self.remaining() <= 0

    def time_message(self):
        return tr("grading this submission used up its time budget of {seconds:g} s",
                  seconds=self.seconds)

    def restarts_message(self):
        return tr("the notebook had already crashed or hung the grading process {count} "
                  "times, the most one submission may", count=self.cell_restarts)
