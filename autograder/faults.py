"""Faults of the grader, as opposed to faults of a submission.

A submission that crashes, hangs or exhausts its memory earns what it earned. A fault of
the grader (the sandbox cannot start, the data or inputs folder is unreadable, an internal
exception) earns nothing at all: the result records `"status": "error"`, `grades.csv` gets
an empty score, the run exits non-zero and a rerun grades that submission again.
"""


class GraderFault(Exception):
    """The grader, not the submission, failed; `str(fault)` says what and what to do."""


class SandboxUnavailable(GraderFault):
    """The sandbox cannot start a worker at all (checked once before a batch)."""
