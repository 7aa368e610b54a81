"""hw3_neuron `mse_loss`: its known mistakes, inputs and cases."""
import numpy as np

from ...checks import Close
from ..spec import Case, Mistake, Question, call
from .common import UNCHANGED


def _mse_broadcast(y_true, y_pred):
    return np.mean((y_true - y_pred) ** 2)


def _mse_transposed(y_true, y_pred):
    """The seed's fix for y_pred (n, 1): right for that shape only."""
    return np.mean((y_true - y_pred.T) ** 2)


def _mse_sum(y_true, y_pred):
    return np.sum((np.ravel(y_true) - np.ravel(y_pred)) ** 2)


def _mse_unsquared(y_true, y_pred):
    return np.mean(np.abs(np.ravel(y_true) - np.ravel(y_pred)))


def _targets(true_shape, pred_shape):
    def inputs(rng):
        n = int(np.prod(true_shape))
        # both labels present: with all-equal targets the (n, n) broadcast gives the mean
        y_true = rng.permutation(np.r_[0.0, 1.0, rng.integers(0, 2, size=n - 2)])
        y_pred = rng.uniform(0, 1, size=n)
        return {"y_true": y_true.reshape(true_shape), "y_pred": y_pred.reshape(pred_shape)}
    return inputs


MSE_CHECKS = {"out": Close(rtol=1e-7, atol=1e-12), "arg:y_true": UNCHANGED,
              "arg:y_pred": UNCHANGED}


QUESTION = Question("mse_loss", 2, [
    Case("two (n,) vectors", "call", _targets((4,), (4,)), MSE_CHECKS,
         params=call("mse_loss", "y_true", "y_pred"), hidden=False),
    Case("y_true (n,) and y_pred (n, 1), as in the seed", "call", _targets((6,), (6, 1)),
         MSE_CHECKS, params=call("mse_loss", "y_true", "y_pred"), hidden=False),
    Case("y_true (n, 1) and y_pred (n,)", "call", _targets((5, 1), (5,)), MSE_CHECKS,
         params=call("mse_loss", "y_true", "y_pred")),
    Case("two (n, 1) vectors", "call", _targets((7, 1), (7, 1)), MSE_CHECKS,
         params=call("mse_loss", "y_true", "y_pred")),
    Case("longer (n,) vectors", "call", _targets((50,), (50,)), MSE_CHECKS,
         params=call("mse_loss", "y_true", "y_pred")),
], mistakes=[
    Mistake("broadcasting (n,) against (n, 1) into an (n, n) matrix", "bring both to "
            "the same 1-D shape first (np.ravel or .reshape(-1)) before subtracting.",
            {"mse_loss": _mse_broadcast}),
    Mistake("y_pred.T: right for y_pred (n, 1) only, (n, n) for the other shapes",
            "bring both to the same 1-D shape first (np.ravel or .reshape(-1)) before "
            "subtracting.", {"mse_loss": _mse_transposed}),
    Mistake("sum instead of mean", "divide by the number of values (np.mean).",
            {"mse_loss": _mse_sum}),
    Mistake("differences not squared", "square the differences before averaging.",
            {"mse_loss": _mse_unsquared}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'two (n,) vectors':
        '两个形状为 (n,) 的向量',
    'y_true (n,) and y_pred (n, 1), as in the seed':
        'y_true 为 (n,)、y_pred 为 (n, 1)，与给出的示例相同',
    'y_true (n, 1) and y_pred (n,)':
        'y_true 为 (n, 1)、y_pred 为 (n,)',
    'two (n, 1) vectors':
        '两个形状为 (n, 1) 的向量',
    'longer (n,) vectors':
        '更长的 (n,) 向量',
    'broadcasting (n,) against (n, 1) into an (n, n) matrix':
        '(n,) 与 (n, 1) 广播成了 (n, n) 的矩阵',
    'bring both to the same 1-D shape first (np.ravel or .reshape(-1)) before subtracting.':
        '相减之前先把两者变成相同的一维形状（np.ravel 或 .reshape(-1)）。',
    'y_pred.T: right for y_pred (n, 1) only, (n, n) for the other shapes':
        'y_pred.T：只对形状为 (n, 1) 的 y_pred 成立，其他形状都会广播成 (n, n)',
    'sum instead of mean':
        '求和而不是求平均',
    'divide by the number of values (np.mean).':
        '要除以元素个数（np.mean）。',
    'differences not squared':
        '差值没有平方',
    'square the differences before averaging.':
        '求平均之前先把差值平方。',
}
