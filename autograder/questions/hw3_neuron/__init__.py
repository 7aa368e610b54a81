"""hw3_neuron: sigmoid, its derivative, a shape-safe MSE and one neuron trained by SGD.

Tolerances: element-wise functions are compared at rtol 1e-7 (stable sigmoid forms and
s * (1 - s) written in other ways agree to about 1e-15). `Neuron.train` is deterministic
once its weights and bias are set from the case: the reference's docstring fixes the
per-sample update order (every sample in order, the three parameters stepped from one
forward pass) and the loss recorded after each epoch on all the data, as in the seed; so
runs of up to 100 epochs are compared with the reference itself (rtol 1e-6).
sigmoid, deriv_sigmoid and mse_loss are served by the oracle while deriv_sigmoid and
Neuron are graded; an epoch on n samples crosses the pipe about 2n + 2 times (0.4 ms
each), so the calibrated 1000-epoch run (THRESHOLDS["neuron"]) would take 4 s and is not
a case: the exact comparisons already pin every step of it.
"""
from ..spec import Assignment
from . import sigmoid, deriv_sigmoid, mse_loss, neuron

ASSIGNMENT = Assignment(
    "hw3_neuron",
    [sigmoid.QUESTION,
     deriv_sigmoid.QUESTION,
     mse_loss.QUESTION,
     neuron.QUESTION],
    reference_modules=("neuron",), seed=3003, drivers="hw3")
