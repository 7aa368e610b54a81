"""hw4_logistic_regression `predict`: its known mistakes, inputs and cases."""
import numpy as np

from reference import logistic_regression as lr

from ...checks import Exactly
from ..spec import Case, Mistake, Question


def _predict_column(w, b, X):
    return (lr.sigmoid(np.dot(w.T, X) + b) > 0.5).astype(float).T


def _predict_floor(w, b, X):
    return np.floor(lr.sigmoid(np.dot(w.T, X) + b) / 0.5)


def _predict_without_b(w, b, X):
    return (lr.sigmoid(np.dot(w.T, X)) > 0.5).astype(float)


def _predict_probabilities(w, b, X):
    return lr.sigmoid(np.dot(w.T, X) + b)


def _predict_row_w(w, b, X):
    """w taken for a row vector: np.dot(w, X) with w (n, 1) raises ValueError."""
    return (lr.sigmoid(np.dot(w, X) + b) > 0.5).astype(float)


def _prediction_problem(n, m, saturated=False):
    """w, b, X with every probability away from 0.5 (|w.X + b| >= 0.2); `saturated` puts
    columns at w.X + b = +50 (A == 1.0 exactly) and -50 first."""
    def inputs(rng):
        w, b = rng.normal(size=(n, 1)), float(rng.normal())
        X = rng.normal(size=(n, m))
        for j in range(m):
            while abs(float(w[:, 0] @ X[:, j]) + b) < 0.2:
                X[:, j] = rng.normal(size=n)
        if saturated:
            for j, z in enumerate((50.0, -50.0)):
                X[:, j] = w[:, 0] * (z - b) / float(w[:, 0] @ w[:, 0])
        return {"w": w, "b": b, "X": X}
    return inputs


def _zero_parameters(n, m):
    """w = 0, b = 0, as initialize_with_zeros returns: every probability is exactly 0.5,
    where the contract's rule (1 only above 0.5) predicts 0."""
    def inputs(rng):
        return {"w": np.zeros((n, 1)), "b": 0.0, "X": rng.normal(size=(n, m))}
    return inputs


QUESTION = Question("predict", 2, [
    Case("3 examples", "hw4.predict", _prediction_problem(2, 3), {"out": Exactly()},
         hidden=False),
    Case("probabilities of exactly 1.0 and nearly 0", "hw4.predict",
         _prediction_problem(5, 10, saturated=True), {"out": Exactly()}),
    Case("one example", "hw4.predict", _prediction_problem(4, 1), {"out": Exactly()}),
    Case("20 examples", "hw4.predict", _prediction_problem(3, 20), {"out": Exactly()}),
    Case("w = 0 and b = 0: every probability exactly 0.5", "hw4.predict",
         _zero_parameters(4, 6), {"out": Exactly()}),
], oracle={"sigmoid": lr.sigmoid}, inject=("sigmoid",), mistakes=[
    Mistake("predictions shaped (m, 1)", "return a row: shape (1, m), like Y.",
            {"predict": _predict_column}),
    Mistake("np.floor(A / 0.5)", "it gives 2 where A = 1.0; use (A > 0.5).",
            {"predict": _predict_floor}),
    Mistake("b left out of A", "A = sigmoid(w^T X + b).", {"predict": _predict_without_b}),
    Mistake("probabilities returned instead of 0/1 labels", "predict returns labels: 1.0 "
            "where A > 0.5, else 0.0 (for example (A > 0.5).astype(float)).",
            {"predict": _predict_probabilities}),
    Mistake("w used as a row vector", "w has shape (n, 1), a column: the scores are "
            "np.dot(w.T, X) + b, of shape (1, m).", {"predict": _predict_row_w}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    '3 examples':
        '3 个样本',
    'probabilities of exactly 1.0 and nearly 0':
        '概率恰好为 1.0 或接近 0',
    '20 examples':
        '20 个样本',
    'predictions shaped (m, 1)':
        '预测结果的形状为 (m, 1)',
    'return a row: shape (1, m), like Y.':
        '要返回一行：形状 (1, m)，与 Y 相同。',
    'np.floor(A / 0.5)':
        'np.floor(A / 0.5)',
    'it gives 2 where A = 1.0; use (A > 0.5).':
        'A = 1.0 时它会得到 2；请用 (A > 0.5)。',
    'probabilities returned instead of 0/1 labels':
        '返回了概率而不是 0/1 标签',
    'predict returns labels: 1.0 where A > 0.5, else 0.0 (for example (A > 0.5).astype(float)).':
        'predict 返回标签：A > 0.5 处为 1.0，否则为 0.0（例如 (A > 0.5).astype(float)）。',
    'w used as a row vector':
        '把 w 当成了行向量',
    'w has shape (n, 1), a column: the scores are np.dot(w.T, X) + b, of shape (1, m).':
        'w 的形状是 (n, 1)，是列向量：得分为 np.dot(w.T, X) + b，形状为 (1, m)。',
    'w = 0 and b = 0: every probability exactly 0.5':
        'w = 0 且 b = 0：每个概率都恰好是 0.5',
}
