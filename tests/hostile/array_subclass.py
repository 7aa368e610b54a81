"""Attack: softmax returns an ndarray subclass whose ==, numpy functions and ufuncs all
claim equality, holding zeros.

Expected: the driver turns numpy subclasses into plain arrays before they leave the
sandbox, so only the zeros arrive; softmax scores zero ("values are off"), everything else
keeps full marks (12 / 15).
"""

# %%
class Agreeable(np.ndarray):
    def __eq__(self, other):
        return np.ones(self.shape, dtype=bool)

    def __array_function__(self, func, types, args, kwargs):
        return True

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        return np.zeros(self.shape)


def softmax(x):
    return np.zeros_like(x).view(Agreeable)
