"""Checks that need no reference run, for the questions graded by training (hw2, hw4, hw6).

Like the checks of autograder.compare: `check(got, expected=None, same_nan=False)` returns
None when the output passes, else a sentence saying why not.
"""
from dataclasses import dataclass

import numpy as np

from ..compare import as_float_array


@dataclass(frozen=True)
class FiniteList:
    """A list of `length` finite numbers (losses, costs); size-1 arrays count as numbers."""

    length: int
    what: str = "losses"
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        values = as_float_array(got)
        if values.shape[:1] != (self.length,) or values.size != self.length:
            return f"returned {values.size} {self.what} (shape {values.shape}), expected a " \
                   f"list of {self.length}"
        if not np.all(np.isfinite(values)):
            return f"some {self.what} are nan or inf"
        return None


@dataclass(frozen=True)
class Holds:
    """A derived truth value (1.0 / 0.0) that must be true; `message` says what went wrong."""

    message: str
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        return None if bool(np.all(as_float_array(got))) else self.message


@dataclass(frozen=True)
class HasShape:
    """Numbers of exactly this shape, all finite (a returned array checked without a reference)."""

    shape: tuple
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        values = as_float_array(got)
        if values.shape != tuple(self.shape):
            return f"returned shape {values.shape}, expected shape {tuple(self.shape)}"
        if not np.all(np.isfinite(values)):
            return "returned nan or inf where finite numbers were expected"
        return None


@dataclass(frozen=True)
class Between:
    """One finite number in [low, high] (a spread drawn at random, say)."""

    low: float
    high: float
    what: str
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        values = as_float_array(got)
        if values.size != 1 or not np.all(np.isfinite(values)):
            return f"{self.what} is not a single finite number"
        value = float(values.reshape(()))
        if self.low <= value <= self.high:
            return None
        return f"{self.what} is {value:.4g}, expected between {self.low:g} and {self.high:g}"
