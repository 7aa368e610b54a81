"""hw1_gradients `cross_entropy_error`: its known mistakes, inputs and cases."""
import numpy as np

from ...checks import Close
from ..spec import Case, Mistake, Question, call
from .common import UNCHANGED


def _cross_entropy_mean_of_entries(p, y):
    return -np.mean(y * np.log(p + 1e-7))


def _cross_entropy(delta_inside=True, delta_outside=False, batch_from_len=False, mean=True,
                   delta_per_entry=False):
    def cross_entropy_error(p, y):
        if p.ndim == 1 and not batch_from_len:
            p, y = p.reshape(1, -1), y.reshape(1, -1)
        n = p.shape[0] if mean else 1
        logs = np.log(p + 1e-7) if delta_inside else np.log(p)
        total = -np.sum(y * logs)
        if delta_outside:
            total = -np.sum(y * (np.log(p) + 1e-7))
        if delta_per_entry:  # np.sum(t * np.log(y) + delta): 1e-7 once per entry
            total = -np.sum(y * np.log(p) + 1e-7)
        return total / n
    return cross_entropy_error


def _cross_entropy_integer_labels(p, y):
    """The book's label version without its one-hot check: p[rows, y] with a one-hot y
    raises IndexError (float indices)."""
    if p.ndim == 1:
        y, p = y.reshape(1, y.size), p.reshape(1, p.size)
    batch_size = p.shape[0]
    return -np.sum(np.log(p[np.arange(batch_size), y] + 1e-7)) / batch_size


def _probabilities(shape, zero=None):
    def inputs(rng):
        logits = rng.normal(size=shape)
        p = np.exp(logits) / np.exp(logits).sum(axis=-1, keepdims=True)
        labels = rng.integers(0, shape[-1], size=shape[:-1])
        y = np.zeros(shape)
        if y.ndim == 1:
            y[labels] = 1.0
        else:
            y[np.arange(shape[0]), labels] = 1.0
        if zero == "other":  # a zero probability where the target is 0: 0 * log 0 = nan
            p = np.where(y == 1, p, p * (np.arange(shape[-1]) % 2))
        if zero == "target":  # the target class gets probability 0: log 0 = -inf
            p = np.where(y == 1, 0.0, p)
        return {"p": p, "y": y}
    return inputs


# The formula is fixed (1e-7 inside the log), so correct code agrees to rounding (~1e-15);
# rtol 1e-9 also tells "1e-7 outside the log" from "no 1e-7", which differ by exactly 1e-7.
OUTSIDE_THE_LOG = ("the constant goes inside the log, np.log(p + 1e-7). Outside it shifts "
                   "the loss by a fixed amount (small, so it can look like rounding, but not "
                   "rounding: the result is wrong by that constant), and log 0 stays -inf, so "
                   "a zero probability gives inf or nan.")
CROSS_ENTROPY_CHECKS = {"out": Close(rtol=1e-9, atol=1e-10), "arg:p": UNCHANGED,
                        "arg:y": UNCHANGED}


QUESTION = Question("cross_entropy_error", 3, [
    Case("a batch, shape (N, C)", "call", _probabilities((5, 4)), CROSS_ENTROPY_CHECKS,
         params=call("cross_entropy_error", "p", "y"), hidden=False),
    Case("one sample, shape (C,)", "call", _probabilities((6,)), CROSS_ENTROPY_CHECKS,
         params=call("cross_entropy_error", "p", "y"), hidden=False),
    Case("zero probabilities at non-target classes", "call",
         _probabilities((4, 6), zero="other"), CROSS_ENTROPY_CHECKS,
         params=call("cross_entropy_error", "p", "y")),
    Case("zero probability at the target class", "call", _probabilities((3, 5), "target"),
         CROSS_ENTROPY_CHECKS, params=call("cross_entropy_error", "p", "y")),
    Case("one sample with a zero probability", "call", _probabilities((5,), "other"),
         CROSS_ENTROPY_CHECKS, params=call("cross_entropy_error", "p", "y")),
], mistakes=[
    Mistake("no 1e-7 inside the log", "use np.log(p + 1e-7): log 0 is -inf and 0 * log 0 "
            "is nan.", {"cross_entropy_error": _cross_entropy(delta_inside=False)}),
    Mistake("1e-7 added outside the log", OUTSIDE_THE_LOG,
            {"cross_entropy_error": _cross_entropy(delta_inside=False, delta_outside=True)}),
    Mistake("1e-7 added outside the log", OUTSIDE_THE_LOG,
            {"cross_entropy_error": _cross_entropy(delta_inside=False,
                                                   delta_per_entry=True)}),
    Mistake("targets taken as integer labels", "y is one-hot, shaped like p: use "
            "-np.sum(y * np.log(p + 1e-7)) / N, or turn y into labels first with "
            "y.argmax(axis=-1) (the indices p[rows, y] must be integers).",
            {"cross_entropy_error": _cross_entropy_integer_labels}),
    Mistake("batch size taken from a 1-D array's length", "reshape a (C,) input to (1, C) "
            "before counting samples.",
            {"cross_entropy_error": _cross_entropy(batch_from_len=True)}),
    Mistake("sum instead of mean over the batch", "divide by the number of samples.",
            {"cross_entropy_error": _cross_entropy(mean=False)}),
    Mistake("mean over every entry", "sum over the classes, then divide by the number of "
            "samples: np.mean over (N, C) also divides by C.",
            {"cross_entropy_error": _cross_entropy_mean_of_entries}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'zero probabilities at non-target classes':
        '非目标类别的概率为零',
    'zero probability at the target class':
        '目标类别的概率为零',
    'one sample with a zero probability':
        '某个概率为零的单个样本',
    'no 1e-7 inside the log':
        'log 里面没有加 1e-7',
    'use np.log(p + 1e-7): log 0 is -inf and 0 * log 0 is nan.':
        '请用 np.log(p + 1e-7)：log 0 是 -inf，而 0 * log 0 是 nan。',
    '1e-7 added outside the log':
        '1e-7 加在了 log 外面',
    'the constant goes inside the log, np.log(p + 1e-7). Outside it shifts the loss by a fixed amount (small, so it can look like rounding, but not rounding: the result is wrong by that constant), and log 0 stays -inf, so a zero probability gives inf or nan.':
        '这个常数要加在 log 里面，np.log(p + 1e-7)。加在外面会让损失整体偏移一个固定量（很小，看上去像舍入误差，但并不是：结果恰好差了这个常数），而且 log 0 仍然是 -inf，概率为零时会得到 inf 或 nan。',
    'targets taken as integer labels':
        '把目标当成了整数标签',
    'y is one-hot, shaped like p: use -np.sum(y * np.log(p + 1e-7)) / N, or turn y into labels first with y.argmax(axis=-1) (the indices p[rows, y] must be integers).':
        'y 是独热编码，形状与 p 相同：请用 -np.sum(y * np.log(p + 1e-7)) / N，或者先用 y.argmax(axis=-1) 把 y 转成标签（p[rows, y] 中的下标必须是整数）。',
    "batch size taken from a 1-D array's length":
        '批大小取成了一维数组的长度',
    'reshape a (C,) input to (1, C) before counting samples.':
        '数样本个数之前，先把形状为 (C,) 的输入 reshape 成 (1, C)。',
    'sum instead of mean over the batch':
        '对批次求和而不是求平均',
    'divide by the number of samples.':
        '要除以样本数。',
    'mean over every entry':
        '对所有元素求平均',
    'sum over the classes, then divide by the number of samples: np.mean over (N, C) also divides by C.':
        '先对类别求和，再除以样本数：对 (N, C) 用 np.mean 还会多除以 C。',
}
