"""Correct numerical_gradient: indices from itertools.product of the axis ranges."""
import itertools


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.empty(x.shape, dtype=float)
    for idx in itertools.product(*(range(n) for n in x.shape)):
        keep = x[idx]
        x[idx] = keep + h
        f_plus = f(x)
        x[idx] = keep - h
        f_minus = f(x)
        x[idx] = keep
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad
