"""hw4_logistic_regression `sigmoid`: its known mistakes, inputs and cases."""
import numpy as np

from ...checks import Close
from ..spec import Case, Mistake, Question, call
from .common import UNCHANGED


def _sigmoid_sign(z):
    return 1 / (1 + np.exp(z))


def _sigmoid_precedence(z):
    return 1 / 1 + np.exp(-z)


def _logits(shape, scale=3.0):
    def inputs(rng):
        return {"z": scale * rng.normal(size=shape)}
    return inputs


def _scalar_logit(rng):
    return {"z": float(rng.uniform(-4, 4))}


SIGMOID_CHECKS = {"out": Close(rtol=1e-9, atol=1e-15), "arg:z": UNCHANGED}


QUESTION = Question("sigmoid", 1, [
    Case("an array", "call", _logits((5,)), SIGMOID_CHECKS, params=call("sigmoid", "z"),
         hidden=False),
    Case("a 2-D array", "call", _logits((3, 4)), SIGMOID_CHECKS,
         params=call("sigmoid", "z")),
    Case("a float", "call", _scalar_logit, {"out": SIGMOID_CHECKS["out"]},
         params=call("sigmoid", "z")),
    Case("|z| up to about 50", "call", _logits((8,), scale=20.0), SIGMOID_CHECKS,
         params=call("sigmoid", "z")),
], mistakes=[
    Mistake("a sign error", "sigmoid(z) = 1 / (1 + np.exp(-z)): note the minus.",
            {"sigmoid": _sigmoid_sign}),
    Mistake("operator precedence", "write 1 / (1 + np.exp(-z)); `1/1 + np.exp(-z)` "
            "divides first.", {"sigmoid": _sigmoid_precedence}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'an array':
        '一个数组',
    'a float':
        '一个浮点数',
    '|z| up to about 50':
        '|z| 最大约为 50',
    'a sign error':
        '符号错误',
    'sigmoid(z) = 1 / (1 + np.exp(-z)): note the minus.':
        'sigmoid(z) = 1 / (1 + np.exp(-z))：注意负号。',
    'operator precedence':
        '运算符优先级',
    'write 1 / (1 + np.exp(-z)); `1/1 + np.exp(-z)` divides first.':
        '要写 1 / (1 + np.exp(-z))；`1/1 + np.exp(-z)` 会先做除法。',
}
