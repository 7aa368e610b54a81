"""hw5_optimizers `l2_penalty`: its known mistakes, inputs and cases."""
import numpy as np

from reference import training

from ..spec import Case, Mistake, Question, call
from .common import VALUE


def _l2_no_half(weights, lam):
    return 2 * training.l2_penalty(weights, lam)


def _l2_norms(weights, lam):
    return float(lam / 2 * sum(np.linalg.norm(w) for w in weights))


def _l2_first(weights, lam):
    return training.l2_penalty(weights[:1], lam)


def _weights(shapes):
    def inputs(rng):
        return {"weights": [rng.normal(size=shape) for shape in shapes],
                "lam": float(rng.uniform(0.001, 0.5))}
    return inputs


QUESTION = Question("l2_penalty", 1, [
    Case("one weight matrix", "call", _weights([(3, 4)]), {"out": VALUE},
         params=call("l2_penalty", "weights", "lam"), hidden=False),
    Case("W1 (D, H) and W2 (H, C)", "call", _weights([(5, 4), (4, 3)]), {"out": VALUE},
         params=call("l2_penalty", "weights", "lam")),
    Case("arrays of mixed ranks", "call", _weights([(6, 2), (2,), (2, 3, 2)]),
         {"out": VALUE}, params=call("l2_penalty", "weights", "lam")),
], mistakes=[
    Mistake("the factor 1/2 missing", "the penalty is lam / 2 times the sum of squares.",
            {"l2_penalty": _l2_no_half}),
    Mistake("norms instead of squared norms", "sum the squares of the entries "
            "(np.sum(w ** 2)), not np.linalg.norm(w).", {"l2_penalty": _l2_norms}),
    Mistake("only the first array counted", "add the squares of every array in the list.",
            {"l2_penalty": _l2_first}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'one weight matrix':
        '一个权重矩阵',
    'W1 (D, H) and W2 (H, C)':
        'W1 (D, H) 和 W2 (H, C)',
    'arrays of mixed ranks':
        '维数不同的多个数组',
    'the factor 1/2 missing':
        '漏掉了系数 1/2',
    'the penalty is lam / 2 times the sum of squares.':
        '惩罚项是 lam / 2 乘以平方和。',
    'norms instead of squared norms':
        '用了范数而不是范数的平方',
    'sum the squares of the entries (np.sum(w ** 2)), not np.linalg.norm(w).':
        '对各元素的平方求和（np.sum(w ** 2)），而不是 np.linalg.norm(w)。',
    'only the first array counted':
        '只算了第一个数组',
    'add the squares of every array in the list.':
        '把列表中每个数组的平方都加上。',
}
