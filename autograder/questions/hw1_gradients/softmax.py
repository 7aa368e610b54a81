"""hw1_gradients `softmax`: its known mistakes, inputs and cases."""
import numpy as np

from ...checks import Close
from ..spec import Case, Mistake, Question, call
from .common import UNCHANGED


def _softmax_no_shift(x):
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def _softmax_global_max(x):
    e = np.exp(x - np.max(x))
    return e / np.sum(e, axis=-1, keepdims=True)


def _softmax_whole_batch(x):
    e = np.exp(x - np.max(x))
    return e / np.sum(e)


def _softmax_columns(x):
    e = np.exp(x - np.max(x, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def _softmax_row_max_column_sum(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=0)


def _softmax_sum_without_keepdims(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1)  # (N, C) / (N,) divides column j by row j's sum


def _softmax_in_place(x):
    x -= np.max(x, axis=-1, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def _logits(shape, scale=3.0, offset=0.0):
    def inputs(rng):
        return {"x": offset + scale * rng.normal(size=shape)}
    return inputs


def _mixed_scale_batch(rng):
    x = rng.normal(size=(3, 5))
    x[0] += 1000.0  # one row near 1000, the others near 0: one max for the batch breaks
    return {"x": x}


def _wide_rows(shape):
    """Each row spans about 800 (one entry pushed 750 to 850 above the others): exp of the
    spread overflows (past ~709), so only a shift by the row's maximum keeps it finite."""
    def inputs(rng):
        x = rng.normal(size=shape)
        rows = x.reshape(-1, shape[-1])
        columns = rng.integers(0, shape[-1], size=len(rows))
        rows[np.arange(len(rows)), columns] += rng.uniform(750, 850, size=len(rows))
        return {"x": rows.reshape(shape)}
    return inputs


SOFTMAX_CHECKS = {"out": Close(rtol=1e-6, atol=1e-12), "arg:x": UNCHANGED}


QUESTION = Question("softmax", 3, [
    Case("one sample, shape (C,)", "call", _logits((5,)), SOFTMAX_CHECKS,
         params=call("softmax", "x"), hidden=False),
    Case("a batch, shape (N, C)", "call", _logits((4, 3)), SOFTMAX_CHECKS,
         params=call("softmax", "x"), hidden=False),
    Case("a batch of logits near 1000", "call", _logits((4, 6), offset=1000.0),
         SOFTMAX_CHECKS, params=call("softmax", "x")),
    Case("one sample with logits near 1000", "call", _logits((6,), offset=1000.0),
         SOFTMAX_CHECKS, params=call("softmax", "x")),
    Case("rows of very different size in one batch", "call", _mixed_scale_batch,
         SOFTMAX_CHECKS, params=call("softmax", "x")),
    Case("a square batch (N = C)", "call", _logits((4, 4)), SOFTMAX_CHECKS,
         params=call("softmax", "x")),
    Case("a batch with a spread of about 800 within each row", "call", _wide_rows((4, 5)),
         SOFTMAX_CHECKS, params=call("softmax", "x")),
    Case("one sample with a spread of about 800", "call", _wide_rows((6,)),
         SOFTMAX_CHECKS, params=call("softmax", "x")),
], mistakes=[
    Mistake("no max subtraction", "subtract each row's maximum before np.exp; exp(1000) "
            "overflows.", {"softmax": _softmax_no_shift}),
    Mistake("one max for the whole batch", "subtract each row's own maximum "
            "(np.max(x, axis=-1, keepdims=True)).", {"softmax": _softmax_global_max}),
    Mistake("normalising over the whole batch", "divide each row by its own sum (and check "
            "that no early `return` skips the batch branch).",
            {"softmax": _softmax_whole_batch}),
    Mistake("normalising over columns", "sum over the last axis (classes), not axis 0.",
            {"softmax": _softmax_columns}),
    Mistake("normalising over columns", "sum over the last axis (classes), not axis 0.",
            {"softmax": _softmax_row_max_column_sum}),
    Mistake("`axis=1` sums without keepdims", "keep the summed axis, np.sum(e, axis=1, "
            "keepdims=True): an (N,) sum divides the columns, or fails to broadcast.",
            {"softmax": _softmax_sum_without_keepdims}),
    Mistake("x modified in place", "write `x = x - np.max(...)`, not `x -= ...`: the "
            "caller's array must keep its values.", {"softmax": _softmax_in_place}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'a batch of logits near 1000':
        'logits 接近 1000 的一批样本',
    'one sample with logits near 1000':
        'logits 接近 1000 的单个样本',
    'rows of very different size in one batch':
        '同一批中各行数值大小相差很大',
    'a square batch (N = C)':
        '方形的一批样本（N = C）',
    'no max subtraction':
        '没有减去最大值',
    "subtract each row's maximum before np.exp; exp(1000) overflows.":
        '在 np.exp 之前先减去每一行的最大值；exp(1000) 会溢出。',
    'one max for the whole batch':
        '整批只减去一个最大值',
    "subtract each row's own maximum (np.max(x, axis=-1, keepdims=True)).":
        '每一行减去它自己的最大值（np.max(x, axis=-1, keepdims=True)）。',
    'normalising over the whole batch':
        '对整批数据做归一化',
    'divide each row by its own sum (and check that no early `return` skips the batch branch).':
        '每一行除以它自己的和（并检查是否有提前的 `return` 跳过了批量处理的分支）。',
    'normalising over columns':
        '按列做归一化',
    'sum over the last axis (classes), not axis 0.':
        '沿最后一个轴（类别）求和，而不是沿 axis 0。',
    '`axis=1` sums without keepdims':
        '`axis=1` 求和时没有 keepdims',
    'keep the summed axis, np.sum(e, axis=1, keepdims=True): an (N,) sum divides the columns, or fails to broadcast.':
        '保留求和的那个轴，np.sum(e, axis=1, keepdims=True)：形状为 (N,) 的和会错误地按列相除，或者根本无法广播。',
    'x modified in place':
        '原地修改了 x',
    "write `x = x - np.max(...)`, not `x -= ...`: the caller's array must keep its values.":
        '要写 `x = x - np.max(...)`，不要写 `x -= ...`：调用者传入的数组必须保持原值。',
    'a batch with a spread of about 800 within each row':
        '每一行内部数值相差约 800 的一批样本',
    'one sample with a spread of about 800':
        '数值相差约 800 的单个样本',
}
