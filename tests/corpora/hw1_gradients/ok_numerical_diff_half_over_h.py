"""Correct numerical_diff: half the difference divided by h (same central difference)."""
def numerical_diff(f, x):
    h = 0.0001
    return 0.5 * (f(x + h) - f(x - h)) / h
