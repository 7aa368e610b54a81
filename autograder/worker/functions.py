"""Scalar test functions for `numerical_diff`, `numerical_gradient` and `gradient_descent`.

A case's test function is a named formula with coefficient arrays a, b drawn at grading
time. The coefficients never enter the sandbox: there the submission gets a
`RemoteFunction`, whose every call sends the point to the trusted side, which evaluates the
formula, records where it was evaluated (autograder/test_functions.py) and sends the number
back. A stub that inspects what it was handed (attributes, closure cells, code constants,
gc referents, its caller's frames) finds a channel and a name, never a or b.

On the trusted side (the reference run, the in-kernel graders) the drivers build the same
function locally, from the coefficients in the case's inputs.
"""
import numpy as np

TEST_FUNCTION = "test function"   # its name on the oracle channel (no contract name has a space)
COEFFICIENTS = ("a", "b")         # the case inputs that stay on the trusted side


# .sum(), not np.sum(): the same number, without the wrapper that took half of an
# evaluation (a hw1 submission's grading evaluates these about 2000 times)
def _quadratic(x, a, b):
    """sum(a * x**2 + b * x): gradient 2 a x + b."""
    return float((a * x**2 + b * x).sum())


def _wave(x, a, b):
    """sum(sin(a * x) + b * x**3): smooth, not a polynomial of degree two."""
    return float((np.sin(a * x) + b * x**3).sum())


FORMULAS = {"quadratic": _quadratic, "wave": _wave}


class HarnessFunction:
    """f(x) for a named formula with coefficient arrays a, b (broadcast against x).

    Trusted side only: it holds the coefficients.
    """

    def __init__(self, formula, a, b):
        self.formula, self.a, self.b = formula, np.asarray(a, float), np.asarray(b, float)

    def __call__(self, x):
        return FORMULAS[self.formula](np.asarray(x, dtype=float), self.a, self.b)


class ClosureFunction:
    """Ignores its argument and reads the array it closes over, like `lambda w: net.loss(x, t)`.

    A numerical_gradient that perturbs a copy of `x` sees no change and returns zeros.
    """

    def __init__(self, watched, inner):
        self.watched, self.inner = watched, inner

    def __call__(self, ignored):
        return self.inner(self.watched)


class RemoteFunction:
    """The sandbox's handle on the case's test function: each call is evaluated by the
    trusted side. `evaluate` is the oracle proxy for TEST_FUNCTION."""

    def __init__(self, evaluate):
        self._evaluate = evaluate

    def __call__(self, x):
        return float(self._evaluate(x))


def test_function(deps, inputs, formula):
    """The function a driver hands the submission: remote in the sandbox (where the trusted
    side offers TEST_FUNCTION), else built from the case's coefficients.

    `formula="closure"` gives a function of the case's x itself (see ClosureFunction).
    """
    if TEST_FUNCTION in deps:
        inner = RemoteFunction(deps[TEST_FUNCTION])
    else:
        inner = HarnessFunction("wave" if formula == "closure" else formula,
                                inputs["a"], inputs["b"])
    return ClosureFunction(inputs["x"], inner) if formula == "closure" else inner


def rebuild(value):
    """The trusted side's function for a test function the sandbox passed on (to an oracle
    proxy): grade.py has already swapped the handle for the case's own HarnessFunction.
    Coefficients sent from the sandbox are never accepted."""
    if not isinstance(value, HarnessFunction):
        raise ValueError("unknown test function: pass on the f you were given")
    return value
