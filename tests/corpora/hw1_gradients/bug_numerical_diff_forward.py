"""Bug: forward difference (f(x + h) - f(x)) / h, error of order h instead of h^2."""
def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x)) / h
