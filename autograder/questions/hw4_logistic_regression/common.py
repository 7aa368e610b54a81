"""What several questions of hw4_logistic_regression share: tolerances, input makers, helpers."""
import functools

import numpy as np

from ...checks import Close
from ...i18n import tr


UNCHANGED = Close(rtol=1e-12, atol=1e-12)
VALUES = Close(rtol=1e-7, atol=1e-12)


def check_arguments(name, w, b, X):
    """A readable error when a dependency is called with w, b, X of the wrong shapes."""
    w, X = np.asarray(w), np.asarray(X)
    if np.size(b) != 1:
        raise ValueError(tr("{name} was called with b of shape {shape}; b is a number (was it "
                            "computed from w, as in `b = w - learning_rate * db`?)", name=name,
                            shape=np.shape(b)))
    if X.ndim != 2 or w.shape != (X.shape[0], 1):
        raise ValueError(tr("{name} was called with w of shape {w_shape} and X of shape "
                            "{x_shape}; w needs shape (X.shape[0], 1), one row per feature",
                            name=name, w_shape=w.shape, x_shape=X.shape))


def checked(function):
    """`function(w, b, X, ...)` that first checks the shapes of w, b and X."""
    @functools.wraps(function)
    def call(w, b, X, *rest, **kwargs):
        check_arguments(function.__name__, w, b, X)
        return function(w, b, X, *rest, **kwargs)
    return call


def problem(n, m):
    """w (n, 1), b, X (n, m), Y (1, m) 0/1 with both labels present."""
    def inputs(rng):
        Y = (rng.random((1, m)) < 0.5).astype(float)
        if m > 1:
            Y[0, :2] = [0.0, 1.0]
        return {"w": 0.5 * rng.normal(size=(n, 1)), "b": float(rng.normal()),
                "X": rng.normal(size=(n, m)), "Y": Y}
    return inputs
