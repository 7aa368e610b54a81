"""hw1: numerical differentiation and gradient descent (seed 000, first half)."""
import numpy as np

__all__ = ["numerical_diff", "numerical_gradient", "gradient_descent"]


def numerical_diff(f, x):
    """Derivative of a scalar function at a point, by the central difference.

    Use the step h = 1e-4 on both sides of `x`: (f(x + h) - f(x - h)) / (2 h).

    Args:
        f: a function of one float returning a float.
        x: float, the point.

    Returns:
        float, the approximate derivative f'(x).
    """
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)


def numerical_gradient(f, x):
    """Gradient of a scalar function with respect to every entry of an array.

    For each entry x[idx] (in any number of dimensions) apply the central
    difference with h = 1e-4: nudge that single entry up, call f on the whole
    array, nudge it down, call f again, then put the original value back.
    `f` must be called with the full array `x` (not a copy, not one entry):
    callers often pass `lambda w: net.loss(x, t)`, which ignores its argument
    and reads the array that is being nudged.

    Args:
        f: function taking an array shaped like `x` and returning a float.
        x: float array of any shape (D,), (D, M), (D, M, K), ...

    Returns:
        grad: float array of the shape of `x`, grad[idx] = d f / d x[idx].
        On return `x` holds exactly its original values.
    """
    h = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        idx = it.multi_index
        original = x[idx]
        x[idx] = original + h
        f_plus = f(x)
        x[idx] = original - h
        f_minus = f(x)
        grad[idx] = (f_plus - f_minus) / (2 * h)
        x[idx] = original
        it.iternext()
    return grad


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    """Minimise a scalar function by plain gradient descent.

    Repeat `step_num` times: compute the gradient of `f` at the current point
    with `numerical_gradient` and step against it, x <- x - lr * grad.
    The steps update the array `init_x` itself (so a function that reads the
    array through a closure, such as `lambda w: net.loss(x, t)` with
    `init_x = net.W`, sees every step), and that array is returned.

    Args:
        f: function taking an array shaped like `init_x` and returning a float.
        init_x: float array of any shape, the starting point.
        lr: float, learning rate.
        step_num: int, number of steps.

    Returns:
        x: float array of the shape of `init_x`, the point after the last step.
    """
    x = init_x
    for _ in range(step_num):
        grad = numerical_gradient(f, x)
        x -= lr * grad
    return x
