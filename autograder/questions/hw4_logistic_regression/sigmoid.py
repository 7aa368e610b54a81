"""hw4_logistic_regression `sigmoid`: its known mistakes, inputs and cases."""
import numpy as np

from ...compare import Close
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
