"""Attack: forge the worker's reply. softmax writes a success reply (with "passed" and
"score" fields, and a uniform distribution as the output) on fd 1 and on the worker's
private reply descriptor (found through gc), using the worker's own wire module, then ends
the process before the real reply can follow.

Expected: fd 1 is /dev/null; the forged frame on the real channel is read as the case's
reply, but the grader trusts only the output values and compares them with the reference
on its side: every softmax case fails ("values are off" or "crashed"), and the rest keeps
full marks (12 / 15).
"""

# %%
import gc
import os
import sys


def softmax(x):
    wire = sys.modules["nngrader_worker.wire"]
    forged = {"ok": True, "passed": True, "score": 3.0,
              "outputs": {"out": np.full(x.shape, 1.0 / x.shape[-1]), "arg:x": x}}
    wire.send(os.fdopen(os.dup(1), "wb"), forged)
    oracle = next(thing for thing in gc.get_objects() if type(thing).__name__ == "Oracle")
    wire.send(oracle._replies, forged)
    os._exit(0)
