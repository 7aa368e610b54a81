"""hw1_gradients `softmax`: its known mistakes, inputs and cases."""
import numpy as np

from ...compare import Close
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
