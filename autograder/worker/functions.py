"""Scalar test functions that cross the trust boundary by name.

A driver hands the submission a `HarnessFunction` (for `numerical_diff`,
`numerical_gradient`, `gradient_descent`). When the submission passes it on to an oracle
proxy (its gradient_descent calling numerical_gradient, say), the wire sends only the name
and coefficients, and the trusted side rebuilds the same function from this module.
"""
import numpy as np


def _quadratic(x, a, b):
    """sum(a * x**2 + b * x): gradient 2 a x + b."""
    return float(np.sum(a * x**2 + b * x))


def _wave(x, a, b):
    """sum(sin(a * x) + b * x**3): smooth, not a polynomial of degree two."""
    return float(np.sum(np.sin(a * x) + b * x**3))


FORMULAS = {"quadratic": _quadratic, "wave": _wave}


class HarnessFunction:
    """f(x) for a named formula with coefficient arrays a, b (broadcast against x)."""

    def __init__(self, formula, a, b):
        self.formula, self.a, self.b = formula, np.asarray(a, float), np.asarray(b, float)

    def __call__(self, x):
        return FORMULAS[self.formula](np.asarray(x, dtype=float), self.a, self.b)

    def spec(self):
        return {"formula": self.formula, "a": self.a, "b": self.b}


class ClosureFunction:
    """Ignores its argument and reads the array it closes over, like `lambda w: net.loss(x, t)`.

    A numerical_gradient that perturbs a copy of `x` sees no change and returns zeros.
    """

    def __init__(self, watched, a, b):
        self.watched, self.inner = watched, HarnessFunction("wave", a, b)

    def __call__(self, ignored):
        return self.inner(self.watched)


def rebuild(spec):
    """The trusted side's copy of a function sent as a spec."""
    if not isinstance(spec, dict) or spec.get("formula") not in FORMULAS:
        raise ValueError("unknown test function")
    return HarnessFunction(spec["formula"], spec["a"], spec["b"])
