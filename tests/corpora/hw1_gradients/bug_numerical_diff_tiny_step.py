"""Bug: the textbook's bad example h = 1e-50; x + h rounds to x, so the result is 0."""
def numerical_diff(f, x):
    h = 1e-50
    return (f(x + h) - f(x - h)) / (2 * h)
