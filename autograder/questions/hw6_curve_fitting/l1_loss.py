"""hw6_curve_fitting `l1_loss`: its known mistakes, inputs and cases."""
from ..spec import Question
from .common import reduction_cases, reduction_mistakes


QUESTION = Question("l1_loss", 1, reduction_cases("l1_loss"),
         mistakes=reduction_mistakes("l1_loss"))


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'differences not made absolute':
        '差值没有取绝对值',
    'take np.abs(pred - target).':
        '要取 np.abs(pred - target)。',
    'differences squared':
        '差值做了平方',
    'the L1 loss uses absolute differences.':
        'L1 损失用的是差值的绝对值。',
}
