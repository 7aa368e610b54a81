"""hw3_neuron `sigmoid`: its known mistakes, inputs and cases."""
import numpy as np

from ..spec import Case, Mistake, Question, call
from .common import UNCHANGED, VALUES, points, scalar


def _sigmoid_sign(x):
    return 1 / (1 + np.exp(x))


def _sigmoid_overflow(x):
    e = np.exp(x)
    return e / (1 + e)


def _large(rng):
    """Magnitudes 100 to 800 of both signs, three beyond 710 each way: exp overflows."""
    beyond = rng.uniform(710, 800, size=6) * np.repeat([-1, 1], 3)
    anywhere = rng.choice([-1, 1], size=4) * rng.uniform(100, 800, size=4)
    return {"x": rng.permutation(np.concatenate([beyond, anywhere]))}


QUESTION = Question("sigmoid", 1, [
    Case("one number", "call", scalar, {"out": VALUES}, params=call("sigmoid", "x"),
         hidden=False),
    Case("a 1-D array", "call", points((7,)), {"out": VALUES, "arg:x": UNCHANGED},
         params=call("sigmoid", "x"), hidden=False),
    Case("a 2-D array", "call", points((3, 4)), {"out": VALUES, "arg:x": UNCHANGED},
         params=call("sigmoid", "x")),
    Case("inputs of magnitude 100 to 800", "call", _large,
         {"out": VALUES, "arg:x": UNCHANGED}, params=call("sigmoid", "x")),
], mistakes=[
    Mistake("sign of the exponent", "sigmoid(x) = 1 / (1 + np.exp(-x)).",
            {"sigmoid": _sigmoid_sign}),
    Mistake("exp(x) / (1 + exp(x)) overflows", "for large positive x this is inf / inf; "
            "use 1 / (1 + np.exp(-x)).", {"sigmoid": _sigmoid_overflow}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'inputs of magnitude 100 to 800':
        '绝对值在 100 到 800 之间的输入',
    'sign of the exponent':
        '指数的符号错误',
    'sigmoid(x) = 1 / (1 + np.exp(-x)).':
        'sigmoid(x) = 1 / (1 + np.exp(-x))。',
    'exp(x) / (1 + exp(x)) overflows':
        'exp(x) / (1 + exp(x)) 会溢出',
    'for large positive x this is inf / inf; use 1 / (1 + np.exp(-x)).':
        'x 是很大的正数时这等于 inf / inf；请用 1 / (1 + np.exp(-x))。',
}
