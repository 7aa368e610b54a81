"""How much the trusted side may compute with values a submission chose.

The oracle (grade.py) and a case's `derive` (judge.py) run numpy in the grader's own
process on arrays that came out of the sandbox. A few kilobytes can describe gigabytes of
work: a (N, 1) array and a (1, N) one broadcast to N x N, a (K, 4, 1) array matmuls into
K stacked matrices. So before anything is computed, every value from the sandbox is
checked against a `Budget` derived from the case's own inputs (the shapes the case
declares), not from the submission:

  elements  the most numbers one array, one call's arguments in all, or one answer may
            hold: twice the case's inputs, at least MIN_ELEMENTS
  axes      the lengths the axes of an array of two or more dimensions may have, past
            the first (which counts examples, batched as the code likes): 1, the axis
            lengths of the case's input arrays, and the whole numbers among its inputs and
            params (sizes such as a batch size or a hidden layer's width)
  ndim      the most dimensions an array may have: the case's largest, at least 2

and any two arrays of the value (with the case's inputs, for `derive`) must not combine
into more than `elements` numbers, whether by broadcasting or by a product over an axis
they share (A @ B, A.T @ B, ...; not outer products of columns, which reference code does
not form, while it often holds two columns such as w and dw). Values that pass keep every ordinary numpy expression of
the reference within a small multiple of the case's own size.

Trusted code that builds arrays from plain numbers it received (hw2's network proxy sends
shapes as lists) calls `check_active(*arrays)` on them: while an oracle call runs, the
case's budget is the active one.
"""
import contextlib
import contextvars
import math
from dataclasses import dataclass

import numpy as np

from .i18n import declared, tr

MIN_ELEMENTS = 1 << 16
MAX_DEPTH = 16            # nesting of lists and dicts
PAIRED_ARRAYS = 64        # the largest arrays of a value are checked pairwise

_ACTIVE = contextvars.ContextVar("nngrader_budget", default=None)


class OverBudget(ValueError):
    """A value from the sandbox is larger, or shaped differently, than the case allows."""


@dataclass(frozen=True)
class Budget:
    elements: int
    axes: frozenset
    ndim: int
    inputs: tuple = ()    # the case's input arrays, paired with outputs before `derive`

    @classmethod
    def for_case(cls, inputs, params=None):
        """The budget of a case with these (trusted) inputs and params."""
        arrays, numbers = [], []
        _collect([inputs, params or {}], arrays, numbers, depth=0)
        total = sum(array.size for array in arrays)
        elements = max(MIN_ELEMENTS, 2 * total)
        axes = {1} | {length for array in arrays for length in array.shape}
        axes |= {number for number in numbers if 0 < number <= elements}
        ndim = max([2] + [array.ndim for array in arrays])
        return cls(elements, frozenset(axes), ndim, tuple(arrays))

    def check(self, value, what, with_inputs=False):
        """Raise OverBudget, naming `what`, unless `value` fits this budget."""
        arrays, numbers = [], []
        count = _collect(value, arrays, numbers, depth=0)
        if count > self.elements:
            raise OverBudget(tr("{what} hold {count} values; this case allows at most "
                                "{elements}", what=what, count=count, elements=self.elements))
        for number in numbers:
            if abs(number) > self.elements:
                raise OverBudget(tr("{what} include the whole number {number}; this case "
                                    "allows at most {elements}", what=what, number=number,
                                    elements=self.elements))
        for array in arrays:
            self._check_array(array, what)
        extra = list(self.inputs) if with_inputs else []
        self._check_pairs(arrays + extra, what)

    def check_arrays(self, arrays, what):
        """Like `check`, for arrays the trusted side built itself (numbers not counted)."""
        arrays = [np.asarray(array) for array in arrays]
        for array in arrays:
            self._check_array(array, what)
        self._check_pairs(arrays, what)

    def _check_array(self, array, what):
        if array.ndim > self.ndim:
            raise OverBudget(tr("{what} include an array of {ndim} dimensions (shape {shape}); "
                                "this case uses at most {most}", what=what, ndim=array.ndim,
                                shape=array.shape, most=self.ndim))
        if array.size > self.elements:
            raise OverBudget(tr("{what} include an array of shape {shape}; this case allows "
                                "at most {elements} values in one array", what=what,
                                shape=array.shape, elements=self.elements))
        if array.ndim >= 2:  # the first axis counts examples, which code may batch freely
            stray = [length for length in array.shape[1:] if length not in self.axes]
            if stray:
                raise OverBudget(tr("{what} include an array of shape {shape}: an axis of "
                                    "length {length} matches nothing in this case's inputs",
                                    what=what, shape=array.shape, length=stray[0]))

    def _check_pairs(self, arrays, what):
        large = sorted((array for array in arrays if array.size > 1),
                       key=lambda array: array.size, reverse=True)[:PAIRED_ARRAYS]
        for i, first in enumerate(large):
            for second in large[i + 1:]:
                size = combined_size(first.shape, second.shape)
                if size > self.elements:
                    raise OverBudget(tr("{what} include arrays of shapes {first} and "
                                        "{second}, which combine into {size} values; this "
                                        "case allows at most {elements}", what=what,
                                        first=first.shape, second=second.shape, size=size,
                                        elements=self.elements))


def combined_size(first, second):
    """The most numbers two arrays of these shapes make together: broadcast, or a product
    over an axis length (> 1) they share (the other axes of both remain)."""
    size_first, size_second = math.prod(first), math.prod(second)
    sizes = []
    try:
        sizes.append(math.prod(np.broadcast_shapes(first, second)))
    except ValueError:
        pass
    for length in set(first) & set(second):
        if length > 1:  # over a length-1 axis: an outer product of columns (w, dw), rare
            sizes.append((size_first // length) * (size_second // length))
    return max(sizes, default=0)


def _collect(value, arrays, numbers, depth):
    """Append the arrays and whole numbers in `value`; return how many values it holds."""
    if depth > MAX_DEPTH:
        raise OverBudget(tr("values are nested more than {depth} deep", depth=MAX_DEPTH))
    if isinstance(value, np.ndarray):
        arrays.append(value)
        return value.size
    if isinstance(value, (bool, np.bool_)):
        return 1
    if isinstance(value, (int, np.integer)):
        numbers.append(int(value))
        return 1
    if isinstance(value, dict):
        items = list(value.values())
    elif isinstance(value, (list, tuple)):
        items = value
    else:
        return 1
    return 1 + sum(_collect(item, arrays, numbers, depth + 1) for item in items)


@contextlib.contextmanager
def active(budget):
    """Make `budget` the one `check_active` uses, for the duration of an oracle call."""
    token = _ACTIVE.set(budget)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def check_active(*arrays, what=None):
    """Check arrays built by trusted code against the active budget (none: no check)."""
    budget = _ACTIVE.get()
    if budget is not None:
        budget.check_arrays(arrays, declared(what) if what else tr("the arguments"))
