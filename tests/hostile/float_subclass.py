"""Attack: cross_entropy_error returns a float subclass that equals everything, and
numerical_diff returns a numpy float64 subclass that does the same.

Expected: a float subclass is not a plain float, so it arrives as a marker and
cross_entropy_error scores zero ("returned Liar, expected numbers"); the float64 subclass is
sent as its plain value (0.0), which is wrong, so numerical_diff scores zero too. SimpleNet
(graded with the trusted cross-entropy) and everything else keep full marks (11 / 15).
"""

# %%
class Liar(float):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __sub__(self, other):
        return Liar(0.0)

    __rsub__ = __sub__

    def __abs__(self):
        return Liar(0.0)


class Liar64(np.float64):
    def __eq__(self, other):
        return True

    def __abs__(self):
        return Liar64(0.0)


def cross_entropy_error(p, y):
    return Liar(0.0)


def numerical_diff(f, x):
    return Liar64(0.0)
