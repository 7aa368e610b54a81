"""hw4_logistic_regression `initialize_with_zeros`: its known mistakes, inputs and cases."""
import numpy as np

from ...checks import Exactly
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


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'dim = 2':
        'dim = 2',
    'a random dim':
        '随机的 dim',
    'dim = 1':
        'dim = 1',
    'w of shape (dim,)':
        'w 的形状为 (dim,)',
    'use np.zeros((dim, 1)): a column vector.':
        '请用 np.zeros((dim, 1))：一个列向量。',
    'w of shape (1, dim)':
        'w 的形状为 (1, dim)',
    'w is a column: np.zeros((dim, 1)).':
        'w 是列向量：np.zeros((dim, 1))。',
}
