"""hw6_curve_fitting `mse_loss`: its known mistakes, inputs and cases."""
from ..spec import Question
from .common import reduction_cases, reduction_mistakes


QUESTION = Question("mse_loss", 1, reduction_cases("mse_loss"),
         mistakes=reduction_mistakes("mse_loss"))
