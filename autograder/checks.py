"""Checks on what a submission returned: plain float64 arrays on the trusted side.

A check is called as `check(got, expected=None, same_nan=False)` and returns None when the
output passes, else a sentence saying why not (`safe_check` turns an output that is not
numbers into that sentence). Two kinds:
  - against the reference's output: Close, RelativeError, Exactly. Shape, dtype and
    finiteness are checked before values;
  - on the output alone (`needs_reference = False`, for questions graded by training):
    AtLeast, AtMost, FiniteList, HasShape, Holds.
Hidden cases never reveal expected values: messages give shapes and error sizes only.
"""
from dataclasses import dataclass

import numpy as np

from .i18n import declared, tr, worker_text
from .worker.wire import Unsendable


class NotNumbers(Exception):
    """The output is not something that converts to a float64 array."""


def as_float_array(value):
    """Plain float64 array from wire data: arrays, numbers, (nested) lists of numbers."""
    if isinstance(value, Unsendable):
        raise NotNumbers(tr("returned {description}, expected numbers",
                            description=worker_text(value.description)))
    if isinstance(value, dict):
        raise NotNumbers(tr("returned a dict, expected numbers"))
    if value is None:
        raise NotNumbers(tr("returned None (is a `return` missing?)"))
    if isinstance(value, str):
        raise NotNumbers(tr("returned a string, expected numbers"))
    try:
        array = np.array(value, dtype=np.float64)
    except (ValueError, TypeError):
        raise NotNumbers(tr("returned a ragged or non-numeric list, expected numbers")) from None
    return array


def safe_check(check, got, expected, same_nan=False):
    """Run a check; an output that is not numbers fails with its reason."""
    try:
        return check(got, expected, same_nan=same_nan)
    except NotNumbers as error:
        return str(error)


def relative_error(got, expected):
    """CS231n relative error: max |a - b| / max(1e-8, |a| + |b|) over all entries."""
    if got.size == 0:
        return 0.0
    return float(np.max(np.abs(got - expected) / np.maximum(1e-8, np.abs(got) + np.abs(expected))))


# -- against the reference -----------------------------------------------------------------

def _aligned(got, expected):
    """(got, expected, None) as float64 arrays of one shape, or (.., .., why the shapes differ).

    A got of size 1 stands for a scalar expected (a cost of shape (1, 1) or (1,) is a
    scalar under the contract)."""
    got, expected = as_float_array(got), as_float_array(expected)
    if expected.ndim == 0 and got.size == 1:
        return got.reshape(()), expected, None
    if got.shape != expected.shape:
        return got, expected, tr("returned shape {got}, expected shape {expected}",
                                 got=got.shape, expected=expected.shape)
    return got, expected, None


@dataclass(frozen=True)
class Close:
    """Values equal to the reference within rtol/atol (np.isclose), after shape checks."""

    rtol: float = 1e-7
    atol: float = 1e-10

    def __call__(self, got, expected, same_nan=False):
        got, expected, problem = _aligned(got, expected)
        if problem:
            return problem
        if not same_nan and not np.all(np.isfinite(got)) and np.all(np.isfinite(expected)):
            return tr("returned nan or inf where finite numbers were expected")
        ok = np.isclose(got, expected, rtol=self.rtol, atol=self.atol, equal_nan=same_nan)
        if np.all(ok):
            return None
        error = relative_error(np.where(ok, expected, got), expected)
        return tr("{wrong} of {size} values are off (largest relative error {error:.1e}; "
                  "tolerance rtol={rtol:g}, atol={atol:g})",
                  wrong=int(np.size(ok) - np.count_nonzero(ok)), size=np.size(ok), error=error,
                  rtol=self.rtol, atol=self.atol)


@dataclass(frozen=True)
class RelativeError:
    """CS231n-style relative error below `limit` (used for gradients and optimizer steps)."""

    limit: float = 1e-7

    def __call__(self, got, expected, same_nan=False):
        got, expected, problem = _aligned(got, expected)
        if problem:
            return problem
        if same_nan and np.array_equal(np.isnan(got), np.isnan(expected)):
            got, expected = np.nan_to_num(got), np.nan_to_num(expected)
        elif not np.all(np.isfinite(got)):
            return tr("returned nan or inf where finite numbers were expected")
        error = relative_error(got, expected)
        if error <= self.limit:
            return None
        return tr("relative error {error:.1e} is above the limit of {limit:g}", error=error,
                  limit=self.limit)


@dataclass(frozen=True)
class Exactly:
    """Integer-valued outputs (counts, sizes, 0/1 predictions): every value equal."""

    def __call__(self, got, expected, same_nan=False):
        got, expected, problem = _aligned(got, expected)
        if problem:
            return problem
        if np.array_equal(got, expected, equal_nan=same_nan):
            return None
        wrong = int(np.sum(got != expected))
        return tr("{wrong} of {size} values differ from the expected ones", wrong=wrong,
                  size=expected.size)


# -- on the output alone -------------------------------------------------------------------

@dataclass(frozen=True)
class _Threshold:
    """One finite number compared with `threshold`; `what` names it in the message."""

    threshold: float
    what: str = ""
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        value = as_float_array(got)
        if value.size != 1 or not np.isfinite(value).all():
            return tr("{what} is not a single finite number", what=declared(self.what))
        return self.problem(float(value.reshape(())))


@dataclass(frozen=True)
class AtLeast(_Threshold):
    """A score (accuracy) of at least `threshold`."""

    what: str = "accuracy"

    def problem(self, value):
        if value >= self.threshold:
            return None
        return tr("{what} {value:.3f} is below the threshold {threshold:g}",
                  what=declared(self.what), value=value, threshold=self.threshold)


@dataclass(frozen=True)
class AtMost(_Threshold):
    """A loss of at most `threshold`."""

    what: str = "final loss"

    def problem(self, value):
        if value <= self.threshold:
            return None
        return tr("{what} {value:.4g} is above the threshold {threshold:g}",
                  what=declared(self.what), value=value, threshold=self.threshold)


class _FiniteArray:
    """Numbers laid out as `shape_problem` wants, all finite."""

    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        values = as_float_array(got)
        problem = self.shape_problem(values)
        if problem is None and not np.all(np.isfinite(values)):
            return self.not_finite()
        return problem


@dataclass(frozen=True)
class FiniteList(_FiniteArray):
    """A list of `length` finite numbers (losses, costs); size-1 arrays count as numbers."""

    length: int
    what: str = "losses"

    def shape_problem(self, values):
        if values.shape[:1] == (self.length,) and values.size == self.length:
            return None
        return tr("returned {size} {what} (shape {shape}), expected a list of {length}",
                  size=values.size, what=declared(self.what), shape=values.shape,
                  length=self.length)

    def not_finite(self):
        return tr("some {what} are nan or inf", what=declared(self.what))


@dataclass(frozen=True)
class HasShape(_FiniteArray):
    """Numbers of exactly this shape, all finite (a returned array checked without a reference)."""

    shape: tuple

    def shape_problem(self, values):
        if values.shape == tuple(self.shape):
            return None
        return tr("returned shape {got}, expected shape {expected}", got=values.shape,
                  expected=tuple(self.shape))

    def not_finite(self):
        return tr("returned nan or inf where finite numbers were expected")


@dataclass(frozen=True)
class Holds:
    """A derived truth value (1.0 / 0.0) that must be true; `message` says what went wrong."""

    message: str
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        return None if bool(np.all(as_float_array(got))) else declared(self.message)
