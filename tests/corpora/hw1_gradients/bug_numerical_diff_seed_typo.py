"""Bug from the seed post's first draft: f(x + h) / h, the f(x) term forgotten."""
def numerical_diff(f, x):
    h = 0.0001
    return (f(x + h)) / h
