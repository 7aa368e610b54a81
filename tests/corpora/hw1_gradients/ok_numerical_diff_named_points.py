"""Correct numerical_diff: the two points named first and the difference divided by the
step actually taken, x_plus - x_minus (2h up to rounding)."""
def numerical_diff(f, x):
    h = 1e-4
    x_plus, x_minus = x + h, x - h
    return (f(x_plus) - f(x_minus)) / (x_plus - x_minus)
