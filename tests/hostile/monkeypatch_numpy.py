"""Attack: monkeypatch numpy and builtins so that every comparison says "equal", then
return a wrong softmax (the logits themselves).

Expected: the patches live only in the sandboxed process; the comparison runs on the
trusted side with its own numpy. softmax scores zero ("values are off"), everything else
keeps full marks (12 / 15).
"""

# %%
import builtins
import math

np.allclose = lambda *args, **kwargs: True
np.isclose = lambda a, b, *args, **kwargs: np.ones(np.shape(a), dtype=bool)
np.array_equal = lambda *args, **kwargs: True
np.testing.assert_allclose = lambda *args, **kwargs: None
np.testing.assert_array_equal = lambda *args, **kwargs: None
math.isclose = lambda *args, **kwargs: True
builtins.round = lambda value, *args: value
np.core = np  # some graders reach for np.core.numeric.isclose


# %%
def softmax(x):
    return x.copy()
