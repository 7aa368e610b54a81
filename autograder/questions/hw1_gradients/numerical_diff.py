"""hw1_gradients `numerical_diff`: its known mistakes, inputs and cases."""
from ..spec import Case, Mistake, Question
from .common import GRADIENT, coefficients


def _diff_forward(f, x):
    h = 1e-4
    return (f(x + h) - f(x)) / h


def _diff_precedence(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / 2 * h


def _diff_tiny_step(f, x):
    h = 1e-50  # x + h rounds to x in float64: the difference is 0
    return (f(x + h) - f(x - h)) / (2 * h)


def _scalar_point(rng):
    """A point x in [-2, 2] and the test function's coefficients a, b."""
    return {"x": float(rng.uniform(-2, 2)), **coefficients(rng)}


QUESTION = Question("numerical_diff", 1, [
    Case("sin(a x) + b x^3 at a point", "hw1.numerical_diff", _scalar_point,
         {"out": GRADIENT}, params={"formula": "wave"}, hidden=False),
    Case("a x^2 + b x at a random point", "hw1.numerical_diff", _scalar_point,
         {"out": GRADIENT}, params={"formula": "quadratic"}),
    Case("sin(a x) + b x^3 at a random point", "hw1.numerical_diff", _scalar_point,
         {"out": GRADIENT}, params={"formula": "wave"}),
], mistakes=[
    Mistake("forward difference", "use (f(x + h) - f(x - h)) / (2 * h).",
            {"numerical_diff": _diff_forward}),
    Mistake("operator precedence in `/ 2*h`", "write `/ (2 * h)`: `/ 2*h` multiplies by h.",
            {"numerical_diff": _diff_precedence}),
    # zero everywhere: a vanishing step, or one point used on both sides, look the same
    Mistake("a step h far too small, or the same point on both sides", "use h = 1e-4 "
            "and (f(x + h) - f(x - h)) / (2 * h): with h = 1e-50, x + h rounds to x, and "
            "either way the difference is 0.", {"numerical_diff": _diff_tiny_step}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'sin(a x) + b x^3 at a point':
        '在某一点处的 sin(a x) + b x^3',
    'a x^2 + b x at a random point':
        '在随机点处的 a x^2 + b x',
    'sin(a x) + b x^3 at a random point':
        '在随机点处的 sin(a x) + b x^3',
    'use (f(x + h) - f(x - h)) / (2 * h).':
        '请用中心差分 (f(x + h) - f(x - h)) / (2 * h)。',
    'write `/ (2 * h)`: `/ 2*h` multiplies by h.':
        '要写成 `/ (2 * h)`：`/ 2*h` 会先除以 2 再乘以 h。',
    'a step h far too small, or the same point on both sides':
        '步长 h 太小，或两侧取了同一个点',
    'use h = 1e-4 and (f(x + h) - f(x - h)) / (2 * h): with h = 1e-50, x + h rounds to x, and either way the difference is 0.':
        '请取 h = 1e-4，并用 (f(x + h) - f(x - h)) / (2 * h)：h = 1e-50 时 x + h 舍入后就等于 x，两种情况下差值都是 0。',
}
