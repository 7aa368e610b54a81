"""hw4_logistic_regression: sigmoid, zero initialisation, propagate, optimize, predict, model.

Each question that builds on another gets its dependencies from the oracle: propagate and
predict call the reference sigmoid, optimize the reference propagate, and model the reference
initialize_with_zeros, optimize and predict. So model grades only the wiring (arguments,
order, the returned dict), once on small random data against the reference and once on the
cat / non-cat images by accuracy, with thresholds from autograder/calibration.py.

The optimize served to model trains on the full cat data (12288 x 209): it is memoized here,
keyed by a digest of its arguments, so a batch of submissions computes each distinct call
once (the mistakes declared for model use the same memoized optimize).

Tolerances: any correct way of writing these functions agrees with the reference to ~1e-15;
Close(1e-7) and RelativeError(1e-6) leave room for reordered sums while `m = X.shape[0]`,
a missing `/ m` or a missing `b` are off by far more. Inputs always have n != m.
"""
from ... import data
from ..spec import Assignment
from . import sigmoid, initialize_with_zeros, propagate, optimize, predict, model

ASSIGNMENT = Assignment(
    "hw4_logistic_regression",
    [sigmoid.QUESTION,
     initialize_with_zeros.QUESTION,
     propagate.QUESTION,
     optimize.QUESTION,
     predict.QUESTION,
     model.QUESTION],
    reference_modules=("logistic_regression",), seed=4004, drivers="hw4",
    data="catvnoncat", cell_timeout=120.0, check_data=data.load_catvnoncat)
