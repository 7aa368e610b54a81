"""hw6_curve_fitting `mse_loss`: its known mistakes, inputs and cases."""
from ..spec import Question
from .common import reduction_cases, reduction_mistakes


QUESTION = Question("mse_loss", 1, reduction_cases("mse_loss"),
         mistakes=reduction_mistakes("mse_loss"))


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'absolute differences instead of squares':
        '用了绝对值而不是平方',
    'square (pred - target); absolute differences are the L1 loss.':
        '对 (pred - target) 求平方；差值的绝对值是 L1 损失。',
    'square root taken':
        '开了平方根',
}
