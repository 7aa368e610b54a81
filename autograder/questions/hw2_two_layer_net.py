"""hw2_two_layer_net: relu, TwoLayerNet, and mini-batch SGD on MNIST.

TwoLayerNet is exercised on a small net (4-5-3) with params set from the inputs, method by
method, so each method earns its own credit. relu and the notebook's given helpers
(softmax, cross_entropy_error) are served by the oracle while TwoLayerNet is graded: a broken
relu costs points in `relu` only, and a student who edited a given helper is not punished
twice. (`numerical_gradient` stays the notebook's: its argument is a closure, which cannot
cross to the trusted side.)

Tolerances: predict and loss agree with the reference to ~1e-15 for any correct way of
writing them; backprop gradients to ~1e-14 (RelativeError 1e-6 also accepts reordered sums);
the numerical gradient uses the same h and the same loss, so Close(1e-5) leaves room for
rounding noise around exact zeros (dead ReLU units) while a wrong batch softmax is off by
far more.

train_mnist hands the student's train a proxy network whose methods are computed here by
the reference (drivers/hw2.py); the score is the test accuracy of the trained params on
the fixed MNIST grading subset, and no reference training run is needed.
"""
import collections
import functools

import numpy as np

import reference
from reference import two_layer_net
from reference.softmax_classifier import cross_entropy_error, softmax

from .. import data
from ..budget import check_active
from ..calibration import THRESHOLDS
from ..compare import AtLeast, Close, RelativeError
from ..worker.drivers import hw2 as hw2_drivers
from .checks import FiniteList, Holds
from .oracles import one_blas_thread
from .spec import Assignment, Case, Mistake, Question, Shared

UNCHANGED = Close(rtol=1e-12, atol=1e-12)
VALUES = Close(rtol=1e-6, atol=1e-10)
GRADIENT = RelativeError(1e-6)
NUMERICAL_GRADIENT = Close(rtol=1e-5, atol=1e-8)
KEYS = ("W1", "b1", "W2", "b2")
SMALL = (4, 5, 3)  # input, hidden, output sizes of the net the methods are tested on


# -- known mistakes (trusted side only) -------------------------------------------------

def _relu_in_place(x):
    x[x < 0] = 0
    return x


def _relu_mask(x):
    return x > 0


class _Net(two_layer_net.TwoLayerNet):
    """The reference net with one step rewritten (see the subclasses below)."""

    def scores(self, x):
        hidden = np.maximum(0, np.dot(x, self.params["W1"]) + self.params["b1"])
        return np.dot(hidden, self.params["W2"]) + self.params["b2"]

    def backprop(self, x, t, relu_grad, batch_divisor):
        W1, b1, W2, b2 = (self.params[key] for key in KEYS)
        a1 = np.dot(x, W1) + b1
        z1 = np.maximum(0, a1)
        d_scores = (softmax(np.dot(z1, W2) + b2) - t) / batch_divisor
        d_a1 = np.dot(d_scores, W2.T) * relu_grad(a1)
        return {"W1": np.dot(x.T, d_a1), "b1": np.sum(d_a1, axis=0),
                "W2": np.dot(z1.T, d_scores), "b2": np.sum(d_scores, axis=0)}


class _WholeBatchSoftmax(_Net):
    def predict(self, x):
        e = np.exp(self.scores(x) - np.max(self.scores(x)))
        return e / np.sum(e)


class _NoMaxSubtraction(_Net):
    def predict(self, x):
        e = np.exp(self.scores(x))
        return e / np.sum(e, axis=-1, keepdims=True)


class _LossArgumentsSwapped(_Net):
    def loss(self, x, t):
        return cross_entropy_error(t, self.predict(x))


class _AccuracyCount(_Net):
    def accuracy(self, x, t):
        labels = t if t.ndim == 1 else np.argmax(t, axis=1)
        return float(np.sum(np.argmax(self.predict(x), axis=1) == labels))


class _GradientNotAveraged(_Net):
    def gradient(self, x, t):
        return self.backprop(x, t, lambda a: a > 0, 1)


class _ReluNotBackpropagated(_Net):
    def gradient(self, x, t):
        return self.backprop(x, t, lambda a: 1.0, x.shape[0])


class _SigmoidBackward(_Net):
    def gradient(self, x, t):
        sigmoid = 1 / (1 + np.exp(-np.dot(x, self.params["W1"]) - self.params["b1"]))
        return self.backprop(x, t, lambda a: sigmoid * (1 - sigmoid), x.shape[0])


class _SigmoidHidden(_Net):
    """The book's chapter-4 net: a sigmoid hidden layer, forward and backward."""

    def hidden(self, x):
        return 1 / (1 + np.exp(-(np.dot(x, self.params["W1"]) + self.params["b1"])))

    def predict(self, x):
        return softmax(np.dot(self.hidden(x), self.params["W2"]) + self.params["b2"])

    def gradient(self, x, t):
        z1 = self.hidden(x)
        d_scores = (self.predict(x) - t) / x.shape[0]
        d_a1 = np.dot(d_scores, self.params["W2"].T) * z1 * (1 - z1)
        return {"W1": np.dot(x.T, d_a1), "b1": np.sum(d_a1, axis=0),
                "W2": np.dot(z1.T, d_scores), "b2": np.sum(d_scores, axis=0)}


class _RawScores(_Net):
    """The book's chapter-5 net: predict returns the scores; softmax only in the loss."""

    def predict(self, x):
        return self.scores(x)

    def loss(self, x, t):
        return cross_entropy_error(softmax(self.scores(x)), t)


# -- inputs ------------------------------------------------------------------------------

def _net(batch, labels=False, weight_scale=1.0):
    """Params of a SMALL net, a batch x (batch, D) and targets t one-hot (or labels)."""
    def inputs(rng):
        D, H, C = SMALL
        values = {"W1": weight_scale * rng.normal(size=(D, H)), "b1": 0.5 * rng.normal(size=H),
                  "W2": weight_scale * rng.normal(size=(H, C)), "b2": 0.5 * rng.normal(size=C),
                  "x": rng.normal(size=(batch, D))}
        classes = rng.integers(0, C, size=batch)
        values["t"] = classes if labels else np.eye(C)[classes]
        return values
    return inputs


def _method_case(label, method, inputs, checks, hidden=True, weight=1.0):
    return Case(label, "hw2.two_layer_net", inputs, checks,
                params={"method": method, "sizes": SMALL}, hidden=hidden, weight=weight,
                timeout=30.0)  # numerical_gradient: ~260 oracle calls (relu, softmax, loss)


def _gradient_checks(check):
    return {key: check for key in KEYS}


def _relu_inputs(shape, integers=False):
    def inputs(rng):
        x = rng.normal(size=shape)
        x.flat[0] = 0.0  # an exact zero: relu(0) = 0
        return {"x": np.round(3 * x) if integers else x}
    return inputs


# -- train_mnist -------------------------------------------------------------------------

TRAIN = THRESHOLDS["train_mnist"]
TRAIN_SIZES = (784, TRAIN["hidden_size"], 10)


@functools.lru_cache(maxsize=1)
def _mnist():
    x_train, t_train, x_test, t_test = data.mnist_grading_subset()
    for array in (x_train, t_train, x_test, t_test):
        array.flags.writeable = False
    return x_train, t_train, x_test, t_test


def _train_inputs(rng):
    D, H, C = TRAIN_SIZES
    return {"x_train": Shared("mnist_grading_x_train", lambda: _mnist()[0]),
            "t_train": Shared("mnist_grading_t_train", lambda: _mnist()[1]),
            "W1": 0.01 * rng.standard_normal((D, H)), "W2": 0.01 * rng.standard_normal((H, C)),
            "seed": int(rng.integers(2**31))}


def _with_params(params):
    """A reference TwoLayerNet holding `params` (plain arrays from the wire)."""
    net = two_layer_net.TwoLayerNet.__new__(two_layer_net.TwoLayerNet)
    if not isinstance(params, dict) or set(params) != set(KEYS):
        raise ValueError("network.params should have exactly the keys W1, b1, W2, b2")
    net.params = {key: np.asarray(params[key], dtype=float) for key in KEYS}
    return net


_NETWORK_BY_TOKEN = collections.OrderedDict()  # the proxy's last few params, by token


def _proxy_network(params):
    """The proxy's params argument {"token", "flat"?, "shapes"?} -> a reference TwoLayerNet."""
    token = params.get("token") if isinstance(params, dict) else None
    if not isinstance(token, str):
        raise ValueError("the network proxy sent malformed params")
    if "flat" in params:
        shapes = [tuple(int(n) for n in shape) for shape in params["shapes"]]
        sizes = [int(np.prod(shape)) for shape in shapes]
        pieces = np.split(np.asarray(params["flat"], dtype=float), np.cumsum(sizes)[:-1])
        _NETWORK_BY_TOKEN[token] = _with_params(
            {key: piece.reshape(shape) for key, piece, shape in zip(KEYS, pieces, shapes)})
        while len(_NETWORK_BY_TOKEN) > 4:
            _NETWORK_BY_TOKEN.popitem(last=False)
    if token not in _NETWORK_BY_TOKEN:
        raise ValueError(hw2_drivers.UNKNOWN_TOKEN)
    return _NETWORK_BY_TOKEN[token]


def _proxy_batch(batch):
    """The proxy's batch {"rows", "t"?} (training-set rows) or {"x", "t"?} -> (x, t)."""
    if "rows" in batch:
        rows = np.asarray(batch["rows"], dtype=np.int64)
        x_train, t_train = _mnist()[:2]
        # the rows' shape, checked before indexing allocates it (a view of one number)
        check_active(np.broadcast_to(0.0, (rows.size, *x_train.shape[1:])),
                     what="the batch's rows")
        return x_train[rows], batch.get("t", t_train[rows])
    return np.asarray(batch["x"], dtype=float), batch.get("t")


def _proxy_network_and_batch(params, batch):
    """The network and batch of a proxy call, within the case's budget (budget.py): the
    params' shapes arrive as plain numbers, so the arrays are checked once built."""
    net = _proxy_network(params)
    x, t = _proxy_batch(batch)
    check_active(*net.params.values(), x, what="the network's params and batch")
    return net, x, t


def _proxy_method(method):
    """The trusted side of the proxy's predict, accuracy, numerical_gradient."""
    @one_blas_thread
    def call(params, batch):
        net, x, t = _proxy_network_and_batch(params, batch)
        if method == "predict":
            return net.predict(x)
        if method == "accuracy":
            return float(net.accuracy(x, np.asarray(t)))
        if sum(value.size for value in net.params.values()) > 1000:
            raise ValueError("network.numerical_gradient is far too slow for a 784-50-10 "
                             "network (two loss evaluations per parameter); train with "
                             "network.gradient")
        return _flat(net.numerical_gradient(x, np.asarray(t, dtype=float)))
    return call


@one_blas_thread
def _proxy_loss(params, batch, learning_rate=None):
    """The proxy's loss on a batch, with the gradient there (the next call, usually).

    Returns {"loss": float, "gradient": flat array}.
    """
    net, x, t = _proxy_network_and_batch(params, batch)
    t = np.asarray(t, dtype=float)
    return {"loss": float(net.loss(x, t)), "gradient": _flat(net.gradient(x, t))}


@one_blas_thread
def _proxy_gradient(params, batch, learning_rate=None):
    """The proxy's gradient on a batch, with the loss on that batch after an SGD step with
    `learning_rate` (what train records next, usually).

    Returns {"gradient": flat array, "loss_after_step": float or None}.
    """
    net, x, t = _proxy_network_and_batch(params, batch)
    t = np.asarray(t, dtype=float)
    gradient = net.gradient(x, t)
    after = None
    if learning_rate is not None:
        stepped = _with_params({key: net.params[key] - learning_rate * gradient[key]
                                for key in KEYS})
        after = float(stepped.loss(x, t))
    return {"gradient": _flat(gradient), "loss_after_step": after}


def _flat(grads):
    return np.concatenate([np.ravel(grads[key]) for key in KEYS])


def _trained_test_accuracy(outputs, inputs):
    x_test, t_test = _mnist()[2:]
    initial = {"W1": inputs["W1"], "W2": inputs["W2"]}
    changed = any(not np.array_equal(np.asarray(outputs[key], float), initial[key])
                  for key in initial)
    return {"params_changed": float(changed),
            "test_accuracy": _with_params({key: outputs[key] for key in KEYS}).accuracy(
                x_test, t_test)}


NETWORK_ORACLE = {
    "TwoLayerNet": two_layer_net.TwoLayerNet,  # the trusted side's stand-in for the proxy
    **{f"TwoLayerNet.{method}": _proxy_method(method)
       for method in ("predict", "accuracy", "numerical_gradient")},
    "TwoLayerNet.loss": _proxy_loss,
    "TwoLayerNet.gradient": _proxy_gradient,
}

TRAIN_CHECKS = {
    "losses": FiniteList(TRAIN["iters_num"], "losses"),
    "params_changed": Holds("network.params did not change: update them in place "
                            "(network.params[key] -= learning_rate * grads[key]) or assign "
                            "the new arrays to network.params[key]"),
    "test_accuracy": AtLeast(TRAIN["min_test_accuracy"], "test accuracy"),
}


def _call(name, *args):
    return {"function": name, "args": list(args)}


QUESTIONS = [
    Question("relu", 1, [
        Case("a 1-D array", "call", _relu_inputs((6,)), {"out": VALUES, "arg:x": UNCHANGED},
             params=_call("relu", "x"), hidden=False),
        Case("a 2-D batch", "call", _relu_inputs((4, 5)), {"out": VALUES, "arg:x": UNCHANGED},
             params=_call("relu", "x")),
        Case("a 3-D array of whole numbers", "call", _relu_inputs((2, 3, 4), integers=True),
             {"out": VALUES, "arg:x": UNCHANGED}, params=_call("relu", "x")),
    ], mistakes=[
        Mistake("changing the input in place", "return a new array (np.maximum(0, x)); "
                "`x[x < 0] = 0` overwrites the caller's data.", {"relu": _relu_in_place}),
        Mistake("returning the mask x > 0", "that is relu's derivative; relu keeps the "
                "positive values themselves.", {"relu": _relu_mask}),
    ]),
    Question("two_layer_net", 6, [
        _method_case("predict on a batch of 3", "predict", _net(3), {"out": VALUES},
                     hidden=False),
        _method_case("loss on a batch of 3", "loss", _net(3), {"out": VALUES}, hidden=False),
        _method_case("gradient on a batch of 3", "gradient", _net(3),
                     _gradient_checks(GRADIENT), hidden=False, weight=2),
        _method_case("predict on a batch of 8", "predict", _net(8), {"out": VALUES}),
        _method_case("predict with scores in the thousands", "predict",
                     _net(6, weight_scale=20.0), {"out": VALUES}),
        _method_case("loss on a batch of 8", "loss", _net(8), {"out": VALUES}),
        _method_case("accuracy with one-hot targets", "accuracy", _net(20),
                     {"out": Close(rtol=1e-12, atol=1e-12)}),
        _method_case("accuracy with (N,) labels", "accuracy", _net(20, labels=True),
                     {"out": Close(rtol=1e-12, atol=1e-12)}),
        _method_case("gradient on a batch of 10", "gradient", _net(10),
                     _gradient_checks(GRADIENT), weight=2),
        _method_case("gradient on a batch of 1", "gradient", _net(1),
                     _gradient_checks(GRADIENT)),
        _method_case("numerical_gradient on a batch of 3", "numerical_gradient", _net(3),
                     _gradient_checks(NUMERICAL_GRADIENT), weight=2),
    ], oracle={"relu": two_layer_net.relu, "softmax": softmax,
               "cross_entropy_error": cross_entropy_error},
        inject=("relu", "softmax", "cross_entropy_error"),
        mistakes=[
        Mistake("a softmax over the whole batch", "normalise each row of scores on its own "
                "(softmax(x) of the given code does); one sum over the batch gives a wrong "
                "loss that a gradient check cannot catch.", {"TwoLayerNet": _WholeBatchSoftmax}),
        Mistake("no max subtraction in the softmax", "subtract each row's maximum score "
                "before np.exp (or call the given softmax).", {"TwoLayerNet": _NoMaxSubtraction}),
        Mistake("cross_entropy_error arguments swapped", "call cross_entropy_error(y, t): "
                "predictions first, targets second.", {"TwoLayerNet": _LossArgumentsSwapped}),
        Mistake("a count instead of a fraction", "divide the number of correct rows by the "
                "number of rows.", {"TwoLayerNet": _AccuracyCount}),
        Mistake("gradient not divided by the batch size", "the gradient at the scores is "
                "(p - t) / N for a loss that is a mean over N rows.",
                {"TwoLayerNet": _GradientNotAveraged}),
        Mistake("ReLU not backpropagated", "multiply the gradient reaching the hidden layer by "
                "(a1 > 0): ReLU blocks it where its input was not positive.",
                {"TwoLayerNet": _ReluNotBackpropagated}),
        Mistake("a sigmoid derivative in a ReLU network", "the hidden layer is ReLU: its "
                "derivative is (a1 > 0), not sigmoid(a1) * (1 - sigmoid(a1)).",
                {"TwoLayerNet": _SigmoidBackward}),
        Mistake("a sigmoid hidden layer (the book's chapter-4 net)", "this net's hidden layer "
                "is ReLU: relu(x W1 + b1) forward, and the gradient times (a1 > 0) backward.",
                {"TwoLayerNet": _SigmoidHidden}),
        Mistake("predict returning raw scores (the book's chapter-5 net)", "predict returns "
                "probabilities: softmax of the last layer's scores, each row on its own.",
                {"TwoLayerNet": _RawScores}),
    ]),
    Question("train_mnist", 3, [
        Case(f"{TRAIN['iters_num']} steps on the MNIST grading subset, test accuracy at least "
             f"{TRAIN['min_test_accuracy']:g}", "hw2.train_mnist", _train_inputs, TRAIN_CHECKS,
             params={"sizes": TRAIN_SIZES, "iters_num": TRAIN["iters_num"],
                     "batch_size": TRAIN["batch_size"],
                     "learning_rate": TRAIN["learning_rate"]},
             hidden=False, timeout=60.0, derive=_trained_test_accuracy),
    ], oracle=NETWORK_ORACLE),
]

ASSIGNMENT = Assignment("hw2_two_layer_net", QUESTIONS,
                        namespace=lambda: reference.namespace("hw2_two_layer_net"),
                        cell_timeout=120.0)
