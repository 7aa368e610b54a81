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
import numpy as np

import reference
from reference import neuron as ref

from ..calibration import NEURON_DATA
from ..compare import Close
from .spec import Assignment, Case, Mistake, Question

UNCHANGED = Close(rtol=1e-12, atol=1e-12)
VALUES = Close(rtol=1e-7, atol=1e-12)
TRAINED = Close(rtol=1e-6, atol=1e-9)


def _call(name, *args):
    return {"function": name, "args": list(args)}


# -- known mistakes (trusted side only) -------------------------------------------------

def _sigmoid_sign(x):
    return 1 / (1 + np.exp(x))


def _sigmoid_overflow(x):
    e = np.exp(x)
    return e / (1 + e)


def _deriv_of_output(x):
    return x * (1 - x)


def _deriv_plus(x):
    s = ref.sigmoid(x)
    return s * (1 + s)


def _mse_broadcast(y_true, y_pred):
    return np.mean((y_true - y_pred) ** 2)


def _mse_transposed(y_true, y_pred):
    """The seed's fix for y_pred (n, 1): right for that shape only."""
    return np.mean((y_true - y_pred.T) ** 2)


def _mse_sum(y_true, y_pred):
    return np.sum((np.ravel(y_true) - np.ravel(y_pred)) ** 2)


def _mse_unsquared(y_true, y_pred):
    return np.mean(np.abs(np.ravel(y_true) - np.ravel(y_pred)))


def _neuron_variant(step):
    """The reference Neuron with one wrong step in `train`, for naming mistakes."""
    class Neuron(ref.Neuron):
        def train(self, data, all_y_trues, learn_rate=0.1, epochs=1000):
            losses = []
            for epoch in range(epochs):
                seen = []
                if step == "full_batch":
                    z = data @ self.weights + self.bias
                    d_z = -2 * (all_y_trues - ref.sigmoid(z)) * ref.deriv_sigmoid(z)
                    self.weights = self.weights - learn_rate * d_z @ data / len(data)
                    self.bias = self.bias - learn_rate * np.mean(d_z)
                for x, y_true in zip(data, all_y_trues) if step != "full_batch" else ():
                    z = np.dot(self.weights, x) + self.bias
                    y_pred = ref.sigmoid(z)
                    seen.append((y_true - y_pred) ** 2)
                    slope = ref.deriv_sigmoid(y_pred if step == "deriv_of_output" else z)
                    d_z = (2 if step == "ascent" else -2) * (y_true - y_pred) * slope
                    self.weights = self.weights - learn_rate * d_z * x
                    self.bias = self.bias - learn_rate * d_z
                if step == "running_loss":
                    losses.append(float(np.mean(seen)))
                elif step != "every_10" or epoch % 10 == 0:
                    losses.append(ref.mse_loss(all_y_trues, self.feedforward(data)))
            return losses
    return Neuron


# -- inputs ------------------------------------------------------------------------------

def _points(shape, low=-6.0, high=6.0):
    def inputs(rng):
        return {"x": rng.uniform(low, high, size=shape)}
    return inputs


def _scalar(rng):
    return {"x": float(rng.uniform(-4, 4))}


def _large(rng):
    """Magnitudes 100 to 800 of both signs, three beyond 710 each way: exp overflows."""
    beyond = rng.uniform(710, 800, size=6) * np.repeat([-1, 1], 3)
    anywhere = rng.choice([-1, 1], size=4) * rng.uniform(100, 800, size=4)
    return {"x": rng.permutation(np.concatenate([beyond, anywhere]))}


def _targets(true_shape, pred_shape):
    def inputs(rng):
        n = int(np.prod(true_shape))
        # both labels present: with all-equal targets the (n, n) broadcast gives the mean
        y_true = rng.permutation(np.r_[0.0, 1.0, rng.integers(0, 2, size=n - 2)])
        y_pred = rng.uniform(0, 1, size=n)
        return {"y_true": y_true.reshape(true_shape), "y_pred": y_pred.reshape(pred_shape)}
    return inputs


def _seed_people(epochs, learn_rate):
    def inputs(rng):
        data, y = (np.array(a, dtype=float) for a in NEURON_DATA)
        return {"weights": rng.standard_normal(2), "bias": float(rng.standard_normal()),
                "data": data, "all_y_trues": y, "learn_rate": learn_rate, "epochs": epochs}
    return inputs


def _default_training(rng):
    """The seed's first person, no learn_rate, no epochs: the defaults (0.1, 1000 epochs)
    are graded. One person keeps the 1000 epochs' oracle round trips (4 per epoch) near
    1.6 s on an idle machine; the time budget allows for a very busy one."""
    data, y = (np.array(a, dtype=float)[:1] for a in NEURON_DATA)
    return {"weights": rng.standard_normal(2), "bias": float(rng.standard_normal()),
            "data": data, "all_y_trues": y}


def _random_people(rng):
    """n people with two centred features; label 1 on one side of a random line."""
    n = int(rng.integers(5, 9))
    data = rng.normal(size=(n, 2)) * rng.uniform(1, 5, size=2)
    y = (data @ rng.normal(size=2) > 0).astype(float)
    return {"weights": rng.standard_normal(2), "bias": float(rng.standard_normal()),
            "data": data, "all_y_trues": y, "learn_rate": float(rng.uniform(0.05, 0.5)),
            "epochs": int(rng.integers(3, 7))}


def _probe(rng):
    return {"weights": rng.standard_normal(2), "bias": float(rng.standard_normal()),
            "x": rng.uniform(-3, 3, size=(5, 2))}


TRAIN_CHECKS = {"losses": TRAINED, "weights": TRAINED, "bias": TRAINED}
MSE_CHECKS = {"out": Close(rtol=1e-7, atol=1e-12), "arg:y_true": UNCHANGED,
              "arg:y_pred": UNCHANGED}


QUESTIONS = [
    Question("sigmoid", 1, [
        Case("one number", "call", _scalar, {"out": VALUES}, params=_call("sigmoid", "x"),
             hidden=False),
        Case("a 1-D array", "call", _points((7,)), {"out": VALUES, "arg:x": UNCHANGED},
             params=_call("sigmoid", "x"), hidden=False),
        Case("a 2-D array", "call", _points((3, 4)), {"out": VALUES, "arg:x": UNCHANGED},
             params=_call("sigmoid", "x")),
        Case("inputs of magnitude 100 to 800", "call", _large,
             {"out": VALUES, "arg:x": UNCHANGED}, params=_call("sigmoid", "x")),
    ], mistakes=[
        Mistake("sign of the exponent", "sigmoid(x) = 1 / (1 + np.exp(-x)).",
                {"sigmoid": _sigmoid_sign}),
        Mistake("exp(x) / (1 + exp(x)) overflows", "for large positive x this is inf / inf; "
                "use 1 / (1 + np.exp(-x)).", {"sigmoid": _sigmoid_overflow}),
    ]),
    Question("deriv_sigmoid", 1, [
        Case("one number", "call", _scalar, {"out": VALUES},
             params=_call("deriv_sigmoid", "x"), hidden=False),
        Case("a 1-D array", "call", _points((7,)), {"out": VALUES, "arg:x": UNCHANGED},
             params=_call("deriv_sigmoid", "x")),
        Case("a 2-D array", "call", _points((2, 5), -30, 30),
             {"out": VALUES, "arg:x": UNCHANGED}, params=_call("deriv_sigmoid", "x")),
    ], oracle={"sigmoid": ref.sigmoid}, inject=("sigmoid",), mistakes=[
        Mistake("derivative written for the sigmoid's output", "deriv_sigmoid takes the "
                "sigmoid's input x: compute s = sigmoid(x), then s * (1 - s).",
                {"deriv_sigmoid": _deriv_of_output}),
        Mistake("s * (1 + s)", "the derivative is sigmoid(x) * (1 - sigmoid(x)).",
                {"deriv_sigmoid": _deriv_plus}),
    ]),
    Question("mse_loss", 2, [
        Case("two (n,) vectors", "call", _targets((4,), (4,)), MSE_CHECKS,
             params=_call("mse_loss", "y_true", "y_pred"), hidden=False),
        Case("y_true (n,) and y_pred (n, 1), as in the seed", "call", _targets((6,), (6, 1)),
             MSE_CHECKS, params=_call("mse_loss", "y_true", "y_pred"), hidden=False),
        Case("y_true (n, 1) and y_pred (n,)", "call", _targets((5, 1), (5,)), MSE_CHECKS,
             params=_call("mse_loss", "y_true", "y_pred")),
        Case("two (n, 1) vectors", "call", _targets((7, 1), (7, 1)), MSE_CHECKS,
             params=_call("mse_loss", "y_true", "y_pred")),
        Case("longer (n,) vectors", "call", _targets((50,), (50,)), MSE_CHECKS,
             params=_call("mse_loss", "y_true", "y_pred")),
    ], mistakes=[
        Mistake("broadcasting (n,) against (n, 1) into an (n, n) matrix", "bring both to "
                "the same 1-D shape first (np.ravel or .reshape(-1)) before subtracting.",
                {"mse_loss": _mse_broadcast}),
        Mistake("y_pred.T: right for y_pred (n, 1) only, (n, n) for the other shapes",
                "bring both to the same 1-D shape first (np.ravel or .reshape(-1)) before "
                "subtracting.", {"mse_loss": _mse_transposed}),
        Mistake("sum instead of mean", "divide by the number of values (np.mean).",
                {"mse_loss": _mse_sum}),
        Mistake("differences not squared", "square the differences before averaging.",
                {"mse_loss": _mse_unsquared}),
    ]),
    Question("neuron", 4, [
        Case("feedforward on single samples", "hw3.feedforward", _probe, {"out": VALUES},
             hidden=False),
        Case("train on the seed's four people, 5 epochs", "hw3.train", _seed_people(5, 0.1),
             TRAIN_CHECKS, hidden=False),
        Case("train on random people", "hw3.train", _random_people, TRAIN_CHECKS),
        Case("train on random people, other rate", "hw3.train", _random_people, TRAIN_CHECKS),
        Case("train on the seed's four people, 100 epochs", "hw3.train",
             _seed_people(100, 0.1), TRAIN_CHECKS),
        Case("train with the default learn_rate and epochs", "hw3.train", _default_training,
             TRAIN_CHECKS, timeout=90.0),
    ], oracle={"sigmoid": ref.sigmoid, "deriv_sigmoid": ref.deriv_sigmoid,
               "mse_loss": ref.mse_loss},
        inject=("sigmoid", "deriv_sigmoid", "mse_loss"), mistakes=[
        Mistake("deriv_sigmoid applied to the output", "the chain rule needs the slope at "
                "the sigmoid's input: deriv_sigmoid(z) with z = w . x + b, not deriv_sigmoid"
                "(y_pred).", {"Neuron": _neuron_variant("deriv_of_output")}),
        Mistake("gradient ascent (sign of d loss / d y_pred)", "the derivative of "
                "(y_true - y_pred) ** 2 with respect to y_pred is -2 * (y_true - y_pred); "
                "step against it.", {"Neuron": _neuron_variant("ascent")}),
        Mistake("loss recorded every 10 epochs only", "append one loss per epoch: train "
                "returns `epochs` losses.", {"Neuron": _neuron_variant("every_10")}),
        Mistake("loss averaged over the epoch's samples while training", "record the loss "
                "after each epoch, on all of `data` with the updated weights.",
                {"Neuron": _neuron_variant("running_loss")}),
        Mistake("one full-batch step per epoch", "update after every sample, in order "
                "(stochastic gradient descent).", {"Neuron": _neuron_variant("full_batch")}),
    ]),
]

ASSIGNMENT = Assignment("hw3_neuron", QUESTIONS,
                        namespace=lambda: reference.namespace("hw3_neuron"),
                        cell_timeout=60.0)
