"""Attack: desynchronise the channel. softmax writes one extra, forged success reply on the
worker's private reply descriptor and then returns normally, so from then on every reply the
grader reads belongs to an earlier request.

Expected: a reply counts only if its values match the reference for the case being graded;
replies meant for other inputs never do. Everything graded after the forgery fails
(softmax, cross_entropy_error, SimpleNet); the three questions graded before keep full
marks (6 / 15). Forgery can only cost points.
"""

# %%
import gc
import sys


def softmax(x):
    wire = sys.modules["nngrader_worker.wire"]
    oracle = next(thing for thing in gc.get_objects() if type(thing).__name__ == "Oracle")
    wire.send(oracle._replies, {"ok": True, "outputs": {}})
    return np.full(x.shape, 1.0 / x.shape[-1])
