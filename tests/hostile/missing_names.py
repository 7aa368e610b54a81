"""Attack (or accident): a notebook that defines only softmax (written here by hand), so
every other graded name is missing.

Expected: softmax earns its 3 points; every other question scores zero with "is not
defined" (3 / 15). This file is graded on its own, without the perfect solution.
"""

# %%
import numpy as np


# %%
def softmax(x):
    shifted = x - x.max(axis=-1, keepdims=True)
    exps = np.exp(shifted)
    return exps / exps.sum(axis=-1, keepdims=True)
