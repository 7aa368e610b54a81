"""Checks that need no reference run, for the questions graded by training (hw2, hw4, hw6).

Like the checks of autograder.compare: `check(got, expected=None, same_nan=False)` returns
None when the output passes, else a sentence saying why not.
"""
from dataclasses import dataclass

import numpy as np

from ..compare import as_float_array
from ..i18n import declared, tr


@dataclass(frozen=True)
class FiniteList:
    """A list of `length` finite numbers (losses, costs); size-1 arrays count as numbers."""

    length: int
    what: str = "losses"
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        values = as_float_array(got)
        if values.shape[:1] != (self.length,) or values.size != self.length:
            return tr("returned {size} {what} (shape {shape}), expected a list of {length}",
                      size=values.size, what=declared(self.what), shape=values.shape,
                      length=self.length)
        if not np.all(np.isfinite(values)):
            return tr("some {what} are nan or inf", what=declared(self.what))
        return None


@dataclass(frozen=True)
class Holds:
    """A derived truth value (1.0 / 0.0) that must be true; `message` says what went wrong."""

    message: str
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        return None if bool(np.all(as_float_array(got))) else declared(self.message)


@dataclass(frozen=True)
class HasShape:
    """Numbers of exactly this shape, all finite (a returned array checked without a reference)."""

    shape: tuple
    needs_reference = False

    def __call__(self, got, expected=None, same_nan=False):
        values = as_float_array(got)
        if values.shape != tuple(self.shape):
            return tr("returned shape {got}, expected shape {expected}", got=values.shape,
                      expected=tuple(self.shape))
        if not np.all(np.isfinite(values)):
            return tr("returned nan or inf where finite numbers were expected")
        return None
