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
import functools

import numpy as np

import reference
from reference import logistic_regression as lr

from .. import data
from ..calibration import THRESHOLDS
from ..compare import AtLeast, Close, Exactly, RelativeError
from ..worker.drivers.hw4 import MODEL_KEYS
from .checks import FiniteList, HasShape
from .oracles import memoized, one_blas_thread
from .spec import Assignment, Case, Mistake, Question, Shared

UNCHANGED = Close(rtol=1e-12, atol=1e-12)
VALUES = Close(rtol=1e-7, atol=1e-12)
GRADIENT = RelativeError(1e-6)


# -- the memoized optimize (trusted side) -------------------------------------------------

@memoized
@one_blas_thread
def _optimize_once(w, b, X, Y, num_iterations, learning_rate):
    return lr.optimize(w, b, X, Y, num_iterations, learning_rate, False)


def silent_optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False):
    """The reference optimize, memoized; print_cost is ignored (nothing is printed here)."""
    _check_arguments("optimize", w, b, X)
    return _optimize_once(w, b, X, Y, num_iterations, learning_rate)


def _check_arguments(name, w, b, X):
    """A readable error when a dependency is called with w, b, X of the wrong shapes."""
    w, X = np.asarray(w), np.asarray(X)
    if np.size(b) != 1:
        raise ValueError(f"{name} was called with b of shape {np.shape(b)}; b is a number "
                         "(was it computed from w, as in `b = w - learning_rate * db`?)")
    if X.ndim != 2 or w.shape != (X.shape[0], 1):
        raise ValueError(f"{name} was called with w of shape {w.shape} and X of shape "
                         f"{X.shape}; w needs shape (X.shape[0], 1), one row per feature")


def checked(function):
    """`function(w, b, X, ...)` that first checks the shapes of w, b and X."""
    @functools.wraps(function)
    def call(w, b, X, *rest, **kwargs):
        _check_arguments(function.__name__, w, b, X)
        return function(w, b, X, *rest, **kwargs)
    return call


# -- known mistakes (trusted side only) -------------------------------------------------

def _sigmoid_sign(z):
    return 1 / (1 + np.exp(z))


def _sigmoid_precedence(z):
    return 1 / 1 + np.exp(-z)


def _zeros_flat(dim):
    return np.zeros(dim), 0.0


def _zeros_row(dim):
    return np.zeros((1, dim)), 0.0


def _propagate(m_axis=1, sign=-1, average=True, use_b=True):
    def propagate(w, b, X, Y):
        m = X.shape[m_axis]
        A = lr.sigmoid(np.dot(w.T, X) + (b if use_b else 0))
        cost = sign * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
        divisor = m if average else 1
        return {"dw": np.dot(X, (A - Y).T) / divisor, "db": np.sum(A - Y) / divisor}, cost
    return propagate


def _optimize(return_in_loop=False, cost_every_iteration=False):
    def optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False):
        costs = []
        for i in range(num_iterations):
            grads, cost = lr.propagate(w, b, X, Y)
            w = w - learning_rate * grads["dw"]
            b = b - learning_rate * grads["db"]
            if i % 100 == 0 or cost_every_iteration:
                costs.append(cost)
            if return_in_loop:
                return {"w": w, "b": b}, grads, costs
        return {"w": w, "b": b}, grads, costs
    return optimize


def _predict_column(w, b, X):
    return (lr.sigmoid(np.dot(w.T, X) + b) > 0.5).astype(float).T


def _predict_floor(w, b, X):
    return np.floor(lr.sigmoid(np.dot(w.T, X) + b) / 0.5)


def _predict_without_b(w, b, X):
    return (lr.sigmoid(np.dot(w.T, X)) > 0.5).astype(float)


def _predict_probabilities(w, b, X):
    return lr.sigmoid(np.dot(w.T, X) + b)


def _predict_row_w(w, b, X):
    """w taken for a row vector: np.dot(w, X) with w (n, 1) raises ValueError."""
    return (lr.sigmoid(np.dot(w, X) + b) > 0.5).astype(float)


def _model(hard_coded=False, swapped=False, initial_params=False):
    def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
              print_cost=False):
        w, b = lr.initialize_with_zeros(X_train.shape[0])
        if hard_coded:
            num_iterations, learning_rate = 2000, 0.005
        params, _, costs = silent_optimize(w, b, X_train, Y_train, num_iterations,
                                           learning_rate)
        if not initial_params:
            w, b = params["w"], params["b"]
        test, train = (X_train, X_test) if swapped else (X_test, X_train)
        return {"costs": costs, "Y_prediction_test": lr.predict(w, b, test),
                "Y_prediction_train": lr.predict(w, b, train), "w": w, "b": b}
    return model


# -- inputs ------------------------------------------------------------------------------

def _logits(shape, scale=3.0):
    def inputs(rng):
        return {"z": scale * rng.normal(size=shape)}
    return inputs


def _scalar_logit(rng):
    return {"z": float(rng.uniform(-4, 4))}


def _problem(n, m):
    """w (n, 1), b, X (n, m), Y (1, m) 0/1 with both labels present."""
    def inputs(rng):
        Y = (rng.random((1, m)) < 0.5).astype(float)
        if m > 1:
            Y[0, :2] = [0.0, 1.0]
        return {"w": 0.5 * rng.normal(size=(n, 1)), "b": float(rng.normal()),
                "X": rng.normal(size=(n, m)), "Y": Y}
    return inputs


def _prediction_problem(n, m, saturated=False):
    """w, b, X with every probability away from 0.5 (|w.X + b| >= 0.2); `saturated` puts
    columns at w.X + b = +50 (A == 1.0 exactly) and -50 first."""
    def inputs(rng):
        w, b = rng.normal(size=(n, 1)), float(rng.normal())
        X = rng.normal(size=(n, m))
        for j in range(m):
            while abs(float(w[:, 0] @ X[:, j]) + b) < 0.2:
                X[:, j] = rng.normal(size=n)
        if saturated:
            for j, z in enumerate((50.0, -50.0)):
                X[:, j] = w[:, 0] * (z - b) / float(w[:, 0] @ w[:, 0])
        return {"w": w, "b": b, "X": X}
    return inputs


def _zero_parameters(n, m):
    """w = 0, b = 0, as initialize_with_zeros returns: every probability is exactly 0.5,
    where the contract's rule (1 only above 0.5) predicts 0."""
    def inputs(rng):
        return {"w": np.zeros((n, 1)), "b": 0.0, "X": rng.normal(size=(n, m))}
    return inputs


def _optimize_case(label, n, m, num_iterations, learning_rate, print_cost=False, hidden=True):
    return Case(label, "hw4.optimize", _problem(n, m),
                {"w": VALUES, "b": VALUES, "dw": VALUES, "db": VALUES, "costs": VALUES},
                params={"num_iterations": num_iterations, "learning_rate": learning_rate,
                        "print_cost": print_cost}, hidden=hidden,
                timeout=30.0)  # one oracle call (propagate) per iteration


def _small_model_data(rng):
    """6 features; 40 training and 15 test examples labelled by a noisy linear rule."""
    direction = rng.normal(size=(6, 1))

    def examples(m):
        X = rng.normal(size=(6, m))
        return X, (direction.T @ X + 0.5 * rng.normal(size=(1, m)) > 0).astype(float)

    X_train, Y_train = examples(40)
    X_test, Y_test = examples(15)
    return {"X_train": X_train, "Y_train": Y_train, "X_test": X_test, "Y_test": Y_test}


MODEL = THRESHOLDS["model"]


@functools.lru_cache(maxsize=1)
def _cat_data():
    arrays = data.catvnoncat_flat()
    for array in arrays:
        array.flags.writeable = False
    return arrays


def _cat_array(index):
    return _cat_data()[index]


def _cat_inputs(rng):
    names = ("X_train", "Y_train", "X_test", "Y_test")
    return {name: Shared(f"catvnoncat_flat_{name}", functools.partial(_cat_array, index))
            for index, name in enumerate(names)}


def _cat_accuracies(outputs, inputs):
    """Training and test accuracy of the returned w (n, 1) and b, computed here.

    The predictions come from the reference predict on the trusted side's copy of the
    images, never from the Y_prediction_* the submission returned: model is handed Y_test,
    so returned predictions could simply be the labels it was given.
    """
    w = np.asarray(outputs["w"], dtype=np.float64)
    b = np.asarray(outputs["b"], dtype=np.float64)
    X_train, Y_train = inputs["X_train"], inputs["Y_train"]
    if w.shape != (X_train.shape[0], 1) or b.size != 1:
        raise ValueError(f"the returned w has shape {w.shape} and b shape {b.shape}; the "
                         f"accuracy needs w of shape ({X_train.shape[0]}, 1) and a number b")

    def accuracy(X, labels):
        return float(np.mean(lr.predict(w, float(b.reshape(())), X) == labels))
    return {"train_accuracy": accuracy(X_train, Y_train),
            "test_accuracy": accuracy(inputs["X_test"], inputs["Y_test"])}


CAT_FEATURES, CAT_TRAIN, CAT_TEST = 12288, 209, 50  # the shapes of data.catvnoncat_flat()
CAT_CHECKS = {
    "Y_prediction_train": HasShape((1, CAT_TRAIN)),
    "Y_prediction_test": HasShape((1, CAT_TEST)),
    "w": HasShape((CAT_FEATURES, 1)),
    "costs": FiniteList(-(-MODEL["num_iterations"] // 100), "costs"),  # iterations 0, 100, ...
    "train_accuracy": AtLeast(MODEL["min_train_accuracy"], "training accuracy"),
    "test_accuracy": AtLeast(MODEL["min_test_accuracy"], "test accuracy"),
}


def _call(name, *args):
    return {"function": name, "args": list(args)}


SIGMOID_CHECKS = {"out": Close(rtol=1e-9, atol=1e-15), "arg:z": UNCHANGED}
PROPAGATE_CHECKS = {"dw": GRADIENT, "db": GRADIENT, "cost": VALUES, "arg:w": UNCHANGED,
                    "arg:X": UNCHANGED, "arg:Y": UNCHANGED}

QUESTIONS = [
    Question("sigmoid", 1, [
        Case("an array", "call", _logits((5,)), SIGMOID_CHECKS, params=_call("sigmoid", "z"),
             hidden=False),
        Case("a 2-D array", "call", _logits((3, 4)), SIGMOID_CHECKS,
             params=_call("sigmoid", "z")),
        Case("a float", "call", _scalar_logit, {"out": SIGMOID_CHECKS["out"]},
             params=_call("sigmoid", "z")),
        Case("|z| up to about 50", "call", _logits((8,), scale=20.0), SIGMOID_CHECKS,
             params=_call("sigmoid", "z")),
    ], mistakes=[
        Mistake("a sign error", "sigmoid(z) = 1 / (1 + np.exp(-z)): note the minus.",
                {"sigmoid": _sigmoid_sign}),
        Mistake("operator precedence", "write 1 / (1 + np.exp(-z)); `1/1 + np.exp(-z)` "
                "divides first.", {"sigmoid": _sigmoid_precedence}),
    ]),
    Question("initialize_with_zeros", 1, [
        Case("dim = 2", "hw4.initialize_with_zeros", lambda rng: {"dim": 2},
             {"w": Exactly(), "b": Exactly()}, hidden=False),
        Case("a random dim", "hw4.initialize_with_zeros",
             lambda rng: {"dim": int(rng.integers(3, 50))}, {"w": Exactly(), "b": Exactly()}),
        Case("dim = 1", "hw4.initialize_with_zeros", lambda rng: {"dim": 1},
             {"w": Exactly(), "b": Exactly()}),
    ], mistakes=[
        Mistake("w of shape (dim,)", "use np.zeros((dim, 1)): a column vector.",
                {"initialize_with_zeros": _zeros_flat}),
        Mistake("w of shape (1, dim)", "w is a column: np.zeros((dim, 1)).",
                {"initialize_with_zeros": _zeros_row}),
    ]),
    Question("propagate", 3, [
        Case("3 features, 4 examples", "hw4.propagate", _problem(3, 4), PROPAGATE_CHECKS,
             hidden=False),
        Case("5 features, 9 examples", "hw4.propagate", _problem(5, 9), PROPAGATE_CHECKS),
        Case("8 features, 3 examples", "hw4.propagate", _problem(8, 3), PROPAGATE_CHECKS),
        Case("one example", "hw4.propagate", _problem(4, 1), PROPAGATE_CHECKS),
    ], oracle={"sigmoid": lr.sigmoid}, inject=("sigmoid",), mistakes=[
        Mistake("m = X.shape[0]", "examples are the columns of X: m = X.shape[1].",
                {"propagate": _propagate(m_axis=0)}),
        Mistake("the cost's sign", "cost = -(1/m) * sum(Y log A + (1 - Y) log(1 - A)).",
                {"propagate": _propagate(sign=1)}),
        Mistake("gradients not divided by m", "dw = X (A - Y)^T / m and db = sum(A - Y) / m.",
                {"propagate": _propagate(average=False)}),
        Mistake("b left out of A", "A = sigmoid(w^T X + b).",
                {"propagate": _propagate(use_b=False)}),
    ]),
    Question("optimize", 3, [
        _optimize_case("201 iterations (costs at 0, 100, 200)", 3, 5, 201, 0.1, hidden=False),
        _optimize_case("101 iterations (costs at 0 and 100)", 4, 7, 101, 0.05),
        _optimize_case("100 iterations (one cost)", 6, 4, 100, 0.2),
        _optimize_case("print_cost=True", 5, 8, 150, 0.01, print_cost=True),
        _optimize_case("print_cost left out (its default)", 4, 6, 120, 0.1, print_cost=None),
    ], oracle={"propagate": checked(lr.propagate)}, inject=("propagate",), mistakes=[
        # `b = w - learning_rate * db` is named by the checked propagate's error
        Mistake("a `return` inside the loop", "return after the loop: the function stops "
                "after one iteration.", {"optimize": _optimize(return_in_loop=True)}),
        Mistake("a cost recorded every iteration", "record the cost only when "
                "i % 100 == 0.", {"optimize": _optimize(cost_every_iteration=True)}),
    ]),
    Question("predict", 2, [
        Case("3 examples", "hw4.predict", _prediction_problem(2, 3), {"out": Exactly()},
             hidden=False),
        Case("probabilities of exactly 1.0 and nearly 0", "hw4.predict",
             _prediction_problem(5, 10, saturated=True), {"out": Exactly()}),
        Case("one example", "hw4.predict", _prediction_problem(4, 1), {"out": Exactly()}),
        Case("20 examples", "hw4.predict", _prediction_problem(3, 20), {"out": Exactly()}),
        Case("w = 0 and b = 0: every probability exactly 0.5", "hw4.predict",
             _zero_parameters(4, 6), {"out": Exactly()}),
    ], oracle={"sigmoid": lr.sigmoid}, inject=("sigmoid",), mistakes=[
        Mistake("predictions shaped (m, 1)", "return a row: shape (1, m), like Y.",
                {"predict": _predict_column}),
        Mistake("np.floor(A / 0.5)", "it gives 2 where A = 1.0; use (A > 0.5).",
                {"predict": _predict_floor}),
        Mistake("b left out of A", "A = sigmoid(w^T X + b).", {"predict": _predict_without_b}),
        Mistake("probabilities returned instead of 0/1 labels", "predict returns labels: 1.0 "
                "where A > 0.5, else 0.0 (for example (A > 0.5).astype(float)).",
                {"predict": _predict_probabilities}),
        Mistake("w used as a row vector", "w has shape (n, 1), a column: the scores are "
                "np.dot(w.T, X) + b, of shape (1, m).", {"predict": _predict_row_w}),
    ]),
    Question("model", 3, [
        Case("small random data, 300 iterations at learning rate 0.1", "hw4.model",
             _small_model_data, {key: VALUES for key in MODEL_KEYS},
             params={"num_iterations": 300, "learning_rate": 0.1}, hidden=False),
        Case("small random data, the default num_iterations and learning_rate", "hw4.model",
             _small_model_data, {key: VALUES for key in MODEL_KEYS}),
        # timeout: the first optimize of a process (2000 steps on 12288 x 209, computed
        # on the trusted side, then memoized) takes seconds on a busy machine
        Case(f"the cat / non-cat images, {MODEL['num_iterations']} iterations: training "
             f"accuracy at least {MODEL['min_train_accuracy']:g}, test accuracy at least "
             f"{MODEL['min_test_accuracy']:g}", "hw4.model", _cat_inputs, CAT_CHECKS,
             params={"num_iterations": MODEL["num_iterations"],
                     "learning_rate": MODEL["learning_rate"], "print_cost": True},
             timeout=120.0, derive=_cat_accuracies),
    ], oracle={"initialize_with_zeros": lr.initialize_with_zeros, "optimize": silent_optimize,
               "predict": checked(lr.predict)},
        inject=("initialize_with_zeros", "optimize", "predict"), mistakes=[
        Mistake("num_iterations and learning_rate not passed on", "call optimize with "
                "model's own num_iterations and learning_rate, not fixed numbers.",
                {"model": _model(hard_coded=True)}),
        Mistake("training and test predictions swapped", "Y_prediction_train comes from "
                "X_train, Y_prediction_test from X_test.", {"model": _model(swapped=True)}),
        Mistake("predicting with the initial parameters", "take w and b from the params "
                "optimize returns.", {"model": _model(initial_params=True)}),
    ]),
]

ASSIGNMENT = Assignment("hw4_logistic_regression", QUESTIONS,
                        namespace=lambda: reference.namespace("hw4_logistic_regression"),
                        cell_timeout=120.0, check_data=data.load_catvnoncat)
