"""Attack (hw6_curve_fitting): a forged reply whose shapes make the trusted side's derived
outputs huge. A cell replaces the worker's fit_cubic driver: "coefficients" comes back with
shape (K, 4, 1), so np.vander(x, 4) @ coefficients - y is K x N x N (3 GB for K = 100 and
N = 2000 points) from a reply of 3.2 KB.

Expected: the returned values are checked against the case's shapes before `derive`
computes anything, and `derive` runs under the case's time limit: fit_cubic scores zero
("this case uses at most"), the batch goes on, and the grader's memory stays small.
"""

# %%
import sys

_drivers = next(module.DRIVERS for name, module in sys.modules.items()
                if name.endswith("drivers") and hasattr(module, "DRIVERS"))


def _forged(ns, deps, inputs):
    epochs = int(inputs["epochs"])
    return {"coefficients": np.zeros((100, 4, 1)), "losses": [1.0] * epochs}


_drivers["hw6.fit_cubic"] = _forged
