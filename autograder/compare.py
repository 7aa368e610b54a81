"""Checks on what a submission returned: plain float64 arrays on the trusted side.

Each check compares one output with the reference's and returns None when it passes or a
sentence saying why not. Shape, dtype and finiteness are checked before values. Hidden
cases never reveal expected values: messages give shapes and error sizes only.
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


def relative_error(got, expected):
    """CS231n relative error: max |a - b| / max(1e-8, |a| + |b|) over all entries."""
    if got.size == 0:
        return 0.0
    return float(np.max(np.abs(got - expected) / np.maximum(1e-8, np.abs(got) + np.abs(expected))))


def _shape_problem(got, expected):
    if got.shape == expected.shape:
        return None
    if expected.ndim == 0 and got.size == 1:
        return None  # a cost of shape (1, 1) or (1,) is a scalar under the contract
    return tr("returned shape {got}, expected shape {expected}", got=got.shape,
              expected=expected.shape)


def _conform(got, expected):
    return got.reshape(expected.shape) if expected.ndim == 0 else got


@dataclass(frozen=True)
class Close:
    """Values equal to the reference within rtol/atol (np.isclose), after shape checks."""

    rtol: float = 1e-7
    atol: float = 1e-10

    def __call__(self, got, expected, same_nan=False):
        got, expected = as_float_array(got), as_float_array(expected)
        problem = _shape_problem(got, expected)
        if problem:
            return problem
        got = _conform(got, expected)
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
        got, expected = as_float_array(got), as_float_array(expected)
        problem = _shape_problem(got, expected)
        if problem:
            return problem
        got = _conform(got, expected)
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
        got, expected = as_float_array(got), as_float_array(expected)
        problem = _shape_problem(got, expected)
        if problem:
            return problem
        got = _conform(got, expected)
        if np.array_equal(got, expected, equal_nan=same_nan):
            return None
        wrong = int(np.sum(got != expected))
        return tr("{wrong} of {size} values differ from the expected ones", wrong=wrong,
                  size=expected.size)


def _single_number(got, what):
    """The output as a float, or a sentence saying it is not one finite number."""
    value = as_float_array(got)
    if value.size != 1 or not np.isfinite(value).all():
        return tr("{what} is not a single finite number", what=declared(what))
    return float(value.reshape(()))


@dataclass(frozen=True)
class AtLeast:
    """A score (accuracy) of at least `threshold`; needs no reference run."""

    threshold: float
    what: str = "accuracy"
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        value = _single_number(got, self.what)
        if isinstance(value, str):
            return value
        if value >= self.threshold:
            return None
        return tr("{what} {value:.3f} is below the threshold {threshold:g}",
                  what=declared(self.what), value=value, threshold=self.threshold)


@dataclass(frozen=True)
class AtMost:
    """A loss of at most `threshold`; needs no reference run."""

    threshold: float
    what: str = "final loss"
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        value = _single_number(got, self.what)
        if isinstance(value, str):
            return value
        if value <= self.threshold:
            return None
        return tr("{what} {value:.4g} is above the threshold {threshold:g}",
                  what=declared(self.what), value=value, threshold=self.threshold)


def safe_check(check, got, expected, same_nan=False):
    """Run a check; an output that is not numbers fails with its reason."""
    try:
        return check(got, expected, same_nan=same_nan)
    except NotNumbers as error:
        return str(error)
