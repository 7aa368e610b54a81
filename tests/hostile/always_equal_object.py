"""Attack: softmax returns an object that claims to equal anything (__eq__ is always
True, __array__ hands numpy a plausible array, arithmetic returns itself).

Expected: only plain numbers and numeric arrays cross the sandbox boundary; the object
arrives as a marker and softmax scores zero with "returned AlwaysEqual, expected numbers".
Everything else keeps full marks (12 / 15).
"""

# %%
class AlwaysEqual:
    def __init__(self, shape):
        self.shape = shape

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __array__(self, dtype=None, copy=None):
        return np.full(self.shape, 1.0 / self.shape[-1])

    def __sub__(self, other):
        return self

    __rsub__ = __abs__ = __add__ = __radd__ = __sub__

    def __lt__(self, other):
        return True

    __le__ = __lt__

    def __float__(self):
        return 0.0


def softmax(x):
    return AlwaysEqual(np.shape(x))
