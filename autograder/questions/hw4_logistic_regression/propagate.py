"""hw4_logistic_regression `propagate`: its known mistakes, inputs and cases."""
import numpy as np

from reference import logistic_regression as lr

from ...checks import RelativeError
from ..spec import Case, Mistake, Question
from .common import UNCHANGED, VALUES, problem


GRADIENT = RelativeError(1e-6)


def _propagate(m_axis=1, sign=-1, average=True, use_b=True):
    def propagate(w, b, X, Y):
        m = X.shape[m_axis]
        A = lr.sigmoid(np.dot(w.T, X) + (b if use_b else 0))
        cost = sign * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
        divisor = m if average else 1
        return {"dw": np.dot(X, (A - Y).T) / divisor, "db": np.sum(A - Y) / divisor}, cost
    return propagate


PROPAGATE_CHECKS = {"dw": GRADIENT, "db": GRADIENT, "cost": VALUES, "arg:w": UNCHANGED,
                    "arg:X": UNCHANGED, "arg:Y": UNCHANGED}


QUESTION = Question("propagate", 3, [
    Case("3 features, 4 examples", "hw4.propagate", problem(3, 4), PROPAGATE_CHECKS,
         hidden=False),
    Case("5 features, 9 examples", "hw4.propagate", problem(5, 9), PROPAGATE_CHECKS),
    Case("8 features, 3 examples", "hw4.propagate", problem(8, 3), PROPAGATE_CHECKS),
    Case("one example", "hw4.propagate", problem(4, 1), PROPAGATE_CHECKS),
], oracle={"sigmoid": lr.sigmoid}, inject=("sigmoid",), mistakes=[
    Mistake("m = X.shape[0]", "examples are the columns of X: m = X.shape[1].",
            {"propagate": _propagate(m_axis=0)}),
    Mistake("the cost's sign", "cost = -(1/m) * sum(Y log A + (1 - Y) log(1 - A)).",
            {"propagate": _propagate(sign=1)}),
    Mistake("gradients not divided by m", "dw = X (A - Y)^T / m and db = sum(A - Y) / m.",
            {"propagate": _propagate(average=False)}),
    Mistake("b left out of A", "A = sigmoid(w^T X + b).",
            {"propagate": _propagate(use_b=False)}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    '3 features, 4 examples':
        '3 个特征，4 个样本',
    '5 features, 9 examples':
        '5 个特征，9 个样本',
    '8 features, 3 examples':
        '8 个特征，3 个样本',
    'm = X.shape[0]':
        'm = X.shape[0]',
    'examples are the columns of X: m = X.shape[1].':
        '样本是 X 的各列：m = X.shape[1]。',
    "the cost's sign":
        '代价的符号',
    'cost = -(1/m) * sum(Y log A + (1 - Y) log(1 - A)).':
        'cost = -(1/m) * sum(Y log A + (1 - Y) log(1 - A))。',
    'gradients not divided by m':
        '梯度没有除以 m',
    'dw = X (A - Y)^T / m and db = sum(A - Y) / m.':
        'dw = X (A - Y)^T / m，db = sum(A - Y) / m。',
}
