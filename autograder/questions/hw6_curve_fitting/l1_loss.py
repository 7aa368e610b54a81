"""hw6_curve_fitting `l1_loss`: its known mistakes, inputs and cases."""
from ..spec import Question
from .common import reduction_cases, reduction_mistakes


QUESTION = Question("l1_loss", 1, reduction_cases("l1_loss"),
         mistakes=reduction_mistakes("l1_loss"))
