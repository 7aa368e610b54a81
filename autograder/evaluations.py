"""A case's test function on the trusted side: evaluated for the sandbox, and where.

hw1's numerical_diff, numerical_gradient and gradient_descent get a function f whose
coefficients stay here (autograder/worker/functions.py): every f(x) the submission makes
is a round trip that `TestFunctions.evaluate` answers. For the questions that take a
numerical derivative, the points are also recorded: a derivative at x with step h
evaluates f near x, once with each entry of x moved, so a submission that returns the
right numbers without evaluating f there (a closed form, numbers from elsewhere) fails
the case with a sentence saying so.
"""
import numpy as np

from .worker.functions import COEFFICIENTS, TEST_FUNCTION, HarnessFunction
from .i18n import tr

# the drivers that take a numerical derivative at inputs["x"]
DERIVATIVE_DRIVERS = ("hw1.numerical_diff", "hw1.numerical_gradient")
# how far from x a derivative's evaluations may be (h is 1e-4; a step this large already
# fails the values' tolerance)
NEAR = 1e-2


class CaseFunction:
    """The test function of one case (if it has one), answering the sandbox's calls."""

    def __init__(self, case, inputs):
        formula = case.params.get("formula")
        self.function = None if formula is None else HarnessFunction(
            "wave" if formula == "closure" else formula, inputs["a"], inputs["b"])
        self.record = Evaluations(inputs["x"]) if (
            self.function is not None and case.driver in DERIVATIVE_DRIVERS) else None

    @property
    def names(self):
        return [TEST_FUNCTION] if self.function is not None else []

    def sandbox_inputs(self, inputs):
        """The case's inputs without the coefficients, which must not reach the sandbox."""
        if self.function is None:
            return inputs
        return {key: value for key, value in inputs.items() if key not in COEFFICIENTS}

    def evaluate(self, args, kwargs):
        """f(x) for the sandbox; records x for a derivative case."""
        if len(args) != 1 or kwargs:
            raise TypeError("f takes exactly one argument, the point x")
        point = np.asarray(args[0], dtype=np.float64)
        value = self.function(point)
        if self.record is not None:
            self.record.add(point)
        return value

    def problem(self):
        """None, or why the evaluations cannot have produced a numerical derivative."""
        return None if self.record is None else self.record.problem()


class Evaluations:
    """Where f was evaluated, relative to the point x of the derivative."""

    def __init__(self, x):
        self.x = np.asarray(x, dtype=np.float64)
        self.count = 0
        self.moved = np.zeros(self.x.shape, dtype=bool)   # entries changed in some call
        self.farthest = 0.0
        self.elsewhere = None                             # the shape of a stray point

    def add(self, point):
        self.count += 1
        if point.size != self.x.size:
            self.elsewhere = self.elsewhere or point.shape
            return
        distance = np.abs(point.reshape(self.x.shape) - self.x)
        distance = np.where(np.isnan(distance), np.inf, distance)
        self.farthest = max(self.farthest, float(np.max(distance, initial=0.0)))
        self.moved |= distance > 0

    def problem(self):
        if self.count == 0:
            return tr("f was never called: a numerical derivative evaluates f near x "
                      "(at x + h and x - h)")
        if self.elsewhere is not None:
            return tr("f was called with an array of shape {shape}; a numerical derivative "
                      "at x evaluates f at points shaped like x {x_shape}",
                      shape=self.elsewhere, x_shape=self.x.shape)
        if self.farthest > NEAR:
            return tr("f was evaluated {distance:.3g} away from x; a numerical derivative "
                      "at x evaluates f only near x (x + h and x - h, h = 1e-4)",
                      distance=self.farthest)
        if not self.moved.all():
            index = tuple(int(i) for i in np.argwhere(~self.moved)[0])
            where = tr("entry {index} of x", index=index) if self.x.ndim else "x"
            return tr("f was never evaluated with {where} moved: a numerical derivative "
                      "evaluates f at x + h and x - h for every entry", where=where)
        return None
