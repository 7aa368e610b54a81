"""What came back next to what was expected, for small outputs, in a feedback line.

The inputs of every case are drawn afresh per submission, so showing the expected values
of a failed case tells a student where the code goes wrong without revealing anything
that could be hard-coded. Whole values are shown when they have at most WHOLE entries;
for larger arrays of the same shape, the first FIRST entries that differ, with their index.
"""
import numpy as np

from .checks import NotNumbers, as_float_array
from .i18n import tr

WHOLE = 6
FIRST = 3


def side_by_side(got, expected):
    """"; expected [...], got [...]" (or the first differing entries), or "" when the values
    are not numbers or too large to show usefully. Numbers get as many significant digits
    as it takes for the two sides to read differently (6 at least, 17 at most)."""
    try:
        got, expected = as_float_array(got), as_float_array(expected)
    except NotNumbers:
        return ""
    if expected.size <= WHOLE and got.size <= WHOLE:
        return _shown(lambda digits: tr("; expected {expected}, got {got}",
                                        expected=_values(expected, digits),
                                        got=_values(got, digits)), expected, got)
    if got.shape != expected.shape:
        return ""
    with np.errstate(invalid="ignore"):
        differ = ~np.isclose(got, expected, rtol=1e-12, atol=0.0, equal_nan=True)
    positions = [tuple(position) for position in np.argwhere(differ)[:FIRST]]
    if not positions:
        return ""
    wanted = np.array([expected[position] for position in positions])
    came = np.array([got[position] for position in positions])
    return _shown(lambda digits: tr("; first differing entries: {entries}", entries=tr(
        "; ").join(tr("at {index} expected {expected}, got {got}", index=_index(position),
                      expected=_number(wanted[n], digits), got=_number(came[n], digits))
                   for n, position in enumerate(positions))),
        wanted, came)


def _shown(text, expected, got):
    for digits in range(6, 18):
        if all(_number(a, digits) != _number(b, digits)
               for a, b in zip(expected.ravel(), got.ravel()) if not _same(a, b)):
            break
    return text(digits)


def _same(a, b):
    return a == b or (np.isnan(a) and np.isnan(b))


def _index(position):
    return "[" + ", ".join(str(int(n)) for n in position) + "]"


def _number(value, digits):
    return f"{float(value):.{digits}g}"


def _values(array, digits):
    """Nested brackets on one line: [[1, 2], [3, 4]]."""
    if array.ndim == 0:
        return _number(array, digits)
    return "[" + ", ".join(_values(item, digits) for item in array) + "]"
