"""hw5_optimizers `custom_loss`: its known mistakes, inputs and cases."""
import numpy as np

from reference import training

from ..spec import Case, Mistake, Question, call
from .common import PAIR_CHECKS, signed


def _custom_swapped(y_true, y_pred, cost=1.0, profit=99.0):
    return training.custom_loss(y_true, y_pred, cost=profit, profit=cost)


def _custom_mean(y_true, y_pred, cost=1.0, profit=99.0):
    return training.custom_loss(y_true, y_pred, cost, profit) / np.size(y_true)


def _custom_signed(y_true, y_pred, cost=1.0, profit=99.0):
    diff = np.asarray(y_pred) - np.asarray(y_true)
    return float(np.sum(np.where(diff > 0, cost * diff, profit * diff)))


def _sales(shape, prices=False):
    """The seed's yogurt sales: some predictions above the truth, some below."""
    def inputs(rng):
        y_true = rng.uniform(0, 2, size=shape)
        offsets = signed(rng, 0.01, 0.3, shape)
        offsets.flat[:2] = [-0.1, 0.1]  # both directions, whatever the draw
        drawn = {"y_true": y_true, "y_pred": y_true + offsets}
        if prices:
            drawn.update(cost=float(rng.uniform(1, 5)), profit=float(rng.uniform(5, 50)))
        return drawn
    return inputs


QUESTION = Question("custom_loss", 2, [
    Case("the seed's prices (cost 1, profit 99 by default)", "call", _sales((8, 1)),
         PAIR_CHECKS, params=call("custom_loss", "y_true", "y_pred"), hidden=False),
    Case("(32, 1) sales with default prices", "call", _sales((32, 1)), PAIR_CHECKS,
         params=call("custom_loss", "y_true", "y_pred")),
    Case("other prices given as keywords", "call", _sales((10,), prices=True),
         PAIR_CHECKS, params=call("custom_loss", "y_true", "y_pred", cost="cost",
                                   profit="profit")),
], mistakes=[
    Mistake("cost and profit swapped", "over-prediction (y_pred > y_true) costs `cost` "
            "per unit; under-prediction loses `profit` per unit.",
            {"custom_loss": _custom_swapped}),
    Mistake("mean instead of sum", "the loss is summed over all entries.",
            {"custom_loss": _custom_mean}),
    Mistake("negative terms for under-prediction", "each term is a positive amount: "
            "profit * (y_true - y_pred) where the prediction is too low.",
            {"custom_loss": _custom_signed}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    "the seed's prices (cost 1, profit 99 by default)":
        '示例中的价格（默认成本 1，利润 99）',
    '(32, 1) sales with default prices':
        '(32, 1) 的销量，默认价格',
    'other prices given as keywords':
        '用关键字参数给出的其他价格',
    'cost and profit swapped':
        '成本和利润弄反了',
    'over-prediction (y_pred > y_true) costs `cost` per unit; under-prediction loses `profit` per unit.':
        '预测多了（y_pred > y_true）每单位损失 `cost`；预测少了每单位损失 `profit`。',
    'mean instead of sum':
        '求平均而不是求和',
    'the loss is summed over all entries.':
        '损失是对所有元素求和。',
    'negative terms for under-prediction':
        '预测偏少的项是负的',
    'each term is a positive amount: profit * (y_true - y_pred) where the prediction is too low.':
        '每一项都是正的：预测偏低时为 profit * (y_true - y_pred)。',
}
