"""hw4_logistic_regression `initialize_with_zeros`: its known mistakes, inputs and cases."""
import numpy as np

from ...compare import Exactly
from ..spec import Case, Mistake, Question


def _zeros_flat(dim):
    return np.zeros(dim), 0.0


def _zeros_row(dim):
    return np.zeros((1, dim)), 0.0


QUESTION = Question("initialize_with_zeros", 1, [
    Case("dim = 2", "hw4.initialize_with_zeros", lambda rng: {"dim": 2},
         {"w": Exactly(), "b": Exactly()}, hidden=False),
    Case("a random dim", "hw4.initialize_with_zeros",
         lambda rng: {"dim": int(rng.integers(3, 50))}, {"w": Exactly(), "b": Exactly()}),
    Case("dim = 1", "hw4.initialize_with_zeros", lambda rng: {"dim": 1},
         {"w": Exactly(), "b": Exactly()}),
], mistakes=[
    Mistake("w of shape (dim,)", "use np.zeros((dim, 1)): a column vector.",
            {"initialize_with_zeros": _zeros_flat}),
    Mistake("w of shape (1, dim)", "w is a column: np.zeros((dim, 1)).",
            {"initialize_with_zeros": _zeros_row}),
])
