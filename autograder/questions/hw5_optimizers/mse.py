"""hw5_optimizers `mse`: its known mistakes, inputs and cases."""
import numpy as np

from ..spec import Case, Mistake, Question, call
from .common import PAIR_CHECKS


def _mse_sum(y_true, y_pred):
    return float(np.sum((np.asarray(y_true) - np.asarray(y_pred)) ** 2))


def _mse_unsquared(y_true, y_pred):
    return float(np.mean(np.abs(np.asarray(y_true) - np.asarray(y_pred))))


def _mse_root(y_true, y_pred):
    return float(np.sqrt(np.mean((np.asarray(y_true) - np.asarray(y_pred)) ** 2)))


def _pair(shape):
    def inputs(rng):
        y_true = rng.uniform(0, 2, size=shape)
        return {"y_true": y_true, "y_pred": y_true + rng.normal(0, 0.5, size=shape)}
    return inputs


QUESTION = Question("mse", 1, [
    Case("two vectors", "call", _pair((6,)), PAIR_CHECKS,
         params=call("mse", "y_true", "y_pred"), hidden=False),
    Case("two (N, 1) columns", "call", _pair((32, 1)), PAIR_CHECKS,
         params=call("mse", "y_true", "y_pred")),
    Case("two (N, C) arrays", "call", _pair((4, 3)), PAIR_CHECKS,
         params=call("mse", "y_true", "y_pred")),
], mistakes=[
    Mistake("sum instead of mean", "average over all entries (np.mean).",
            {"mse": _mse_sum}),
    Mistake("differences not squared", "square the differences.", {"mse": _mse_unsquared}),
    Mistake("square root taken (RMSE)", "the MSE has no square root.", {"mse": _mse_root}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'two vectors':
        '两个向量',
    'two (N, 1) columns':
        '两个 (N, 1) 的列向量',
    'two (N, C) arrays':
        '两个 (N, C) 的数组',
    'average over all entries (np.mean).':
        '对所有元素求平均（np.mean）。',
    'square the differences.':
        '要把差值平方。',
    'square root taken (RMSE)':
        '开了平方根（RMSE）',
    'the MSE has no square root.':
        '均方误差不开平方根。',
}
