"""hw1: softmax, cross-entropy and a one-layer classifier (seed 000, first half)."""
import numpy as np

__all__ = ["softmax", "cross_entropy_error", "SimpleNet"]


def softmax(x):
    """Softmax over the last axis: each row becomes probabilities summing to 1.

    Subtract each row's own maximum before exponentiating, so that logits
    near 1000 do not overflow (the result is unchanged by that shift).
    Each row is normalised on its own; the input array is not modified.

    Args:
        x: float array of scores, shape (C,) or (N, C).

    Returns:
        p: float array of the same shape; every row is non-negative and sums to 1.
    """
    shifted = x - np.max(x, axis=-1, keepdims=True)
    exp_x = np.exp(shifted)
    return exp_x / np.sum(exp_x, axis=-1, keepdims=True)


def cross_entropy_error(p, y):
    """Mean cross-entropy between predicted probabilities and one-hot targets.

    Per sample the error is -sum_c y[c] * log(p[c] + 1e-7); the small 1e-7
    inside the log keeps log(0) finite. A 1-D input is a single sample, so a
    batch of N samples returns the mean over those N samples.

    Args:
        p: float array of probabilities, shape (C,) or (N, C).
        y: one-hot targets of the same shape as `p`.

    Returns:
        float, the mean cross-entropy error.
    """
    if p.ndim == 1:
        p = p.reshape(1, -1)
        y = y.reshape(1, -1)
    batch_size = p.shape[0]
    return -np.sum(y * np.log(p + 1e-7)) / batch_size


class SimpleNet:
    """A linear classifier with 2 inputs and 3 classes: scores = x W.

    Attributes:
        W: float array (2, 3), the weights. `__init__` draws them from a
            standard normal distribution with np.random.default_rng(0), so
            every new SimpleNet starts from the same weights.

    Methods:
        predict(x): the class scores x W (before softmax).
            x: (2,) or (N, 2)  ->  scores: (3,) or (N, 3).
        loss(x, t): cross_entropy_error(softmax(predict(x)), t), a float.
            x: (2,) or (N, 2); t: one-hot targets (3,) or (N, 3).
    """

    def __init__(self):
        self.W = np.random.default_rng(0).standard_normal((2, 3))

    def predict(self, x):
        return np.dot(x, self.W)

    def loss(self, x, t):
        return cross_entropy_error(softmax(self.predict(x)), t)
