"""What one case of a question gave, kept so that mistakes can be named over all cases."""
from dataclasses import dataclass


@dataclass
class Outcome:
    """One case's result on the trusted side.

    case:     the declared Case; inputs: its inputs as the reference sees them.
    problem:  None when the case passed, else the feedback sentence.
    got:      the submission's outputs (derived ones added) when its call returned.
    expected: the reference's outputs (derived ones added), when the case needs them.
    raised:   the exception type name (e.g. "IndexError") when the submission's call raised.
    kind:     how the call ended: "returned", "raised", "contract", "timeout", "crashed".
    """

    case: object
    inputs: dict
    problem: str | None
    got: dict | None = None
    expected: dict | None = None
    raised: str | None = None
    kind: str = "returned"

    @property
    def passed(self):
        return self.problem is None
