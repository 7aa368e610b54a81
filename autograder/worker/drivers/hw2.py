"""Drivers for hw2_two_layer_net: TwoLayerNet methods and the training loop.

While `train` (or `gradient_check`) is graded, the network it receives is a proxy
(PROXY_CLASSES["TwoLayerNet"]) whose methods are computed on the trusted side from its
current `params`, so a broken TwoLayerNet costs nothing there. Its messages, and
PARAM_KEYS, the contract's names of a TwoLayerNet's parameters, are in ../protocol.py.
"""
import os
import random

import numpy as np

from ..oracle import OracleError
from ..protocol import (NETWORK_CLASS, PARAM_KEYS, UNKNOWN_TOKEN, batch_message, flatten,
                        network_call, params_message, unflatten)
from .base import ContractError, lookup, plain


def _check_param_keys(params, where):
    if not isinstance(params, dict) or set(params) != set(PARAM_KEYS):
        found = sorted(params) if isinstance(params, dict) else type(params).__name__
        raise ContractError(f"{where} should be a dict with exactly the keys 'W1', 'b1', "
                            f"'W2', 'b2' (capital W), found {found}")


def set_in_place(params, key, value):
    """params[key] takes `value`, copied into the array already there when it can be.

    Nets built from layer objects (the book's chapter 5: `Affine(self.params["W1"], ...)`)
    keep references to the arrays in `params`; a new array would leave every layer on the
    initial weights. An array of another shape or a non-float type is replaced instead.
    """
    current = params.get(key)
    if (isinstance(current, np.ndarray) and current.shape == np.shape(value)
            and np.issubdtype(current.dtype, np.floating) and current.flags.writeable):
        current[...] = value
    else:
        params[key] = np.array(value, dtype=float)


def two_layer_net(ns, deps, inputs, method, sizes):
    """TwoLayerNet(*sizes) with params W1 b1 W2 b2 set from the inputs, then one method.

    inputs: W1 (D, H), b1 (H,), W2 (H, C), b2 (C,), x (N, D), t (N, C) one-hot or (N,).
    Returns {"out": result} or, for the gradients, {"W1": ..., "b1": ..., ...}.
    """
    net = lookup(ns, "TwoLayerNet", "class")(*sizes)
    _check_param_keys(getattr(net, "params", None), "TwoLayerNet(...).params")
    for key in PARAM_KEYS:
        set_in_place(net.params, key, inputs[key])
    args = (inputs["x"],) if method == "predict" else (inputs["x"], inputs["t"])
    result = getattr(net, method)(*args)
    if method not in ("gradient", "numerical_gradient"):
        return {"out": plain(result)}
    _check_param_keys(result, f"the dict returned by {method}(x, t)")
    return {key: plain(result[key]) for key in PARAM_KEYS}


def train_mnist(ns, deps, inputs, sizes, iters_num, batch_size, learning_rate):
    """train(network, x_train, t_train, iters_num, batch_size, learning_rate).

    The network is deps["TwoLayerNet"](*sizes) with W1, W2 from the inputs and zero biases;
    the global random generators (np.random, random) are seeded from the inputs.
    Returns the network's params after training and the returned losses.
    """
    network = deps[NETWORK_CLASS](*sizes)
    network.params = {"W1": inputs["W1"].copy(), "b1": np.zeros(sizes[1]),
                      "W2": inputs["W2"].copy(), "b2": np.zeros(sizes[2])}
    if hasattr(network, "prepare"):  # the proxy: fewer, smaller round trips
        network.prepare(inputs["x_train"], inputs["t_train"], learning_rate)
    np.random.seed(int(inputs["seed"]))  # batches drawn from the global generators repeat
    random.seed(int(inputs["seed"]))
    losses = lookup(ns, "train")(network, inputs["x_train"], inputs["t_train"], iters_num,
                                 batch_size, learning_rate)
    if not isinstance(losses, (list, tuple, np.ndarray)):
        raise ContractError("train should return the list of the iters_num batch losses, "
                            f"returned {'None' if losses is None else type(losses).__name__}")
    params = getattr(network, "params", None)
    _check_param_keys(params, "network.params after train")
    try:
        losses = np.asarray(losses, dtype=float)  # one array on the wire, not one per loss
    except (TypeError, ValueError):
        losses = plain(list(losses))
    return {"losses": losses, **{key: plain(params[key]) for key in PARAM_KEYS}}


def _network_proxy(oracle):
    class TwoLayerNet:
        """Stands for the notebook's TwoLayerNet while `train` is graded: every method is
        computed on the trusted side from the current `params` (updated in place or
        reassigned by the caller).

        Round trips are what costs, so: params travel as one flat array, and params already
        sent as their token (the trusted side keeps the last few; an unknown token is
        answered by sending them again); a batch of training-set rows travels as row
        numbers. And a round trip answers the call that usually follows too: a loss comes
        with the gradient at the same params, a gradient with the loss after an SGD step at
        the case's learning rate. A later call on the same rows whose params are exactly
        those is answered from them (numbers computed on the trusted side, never here).
        """

        def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
            self.params = {"W1": np.zeros((input_size, hidden_size)),
                           "b1": np.zeros(hidden_size),
                           "W2": np.zeros((hidden_size, output_size)),
                           "b2": np.zeros(output_size)}
            self._sent = None          # (token, flat params last sent)
            self._training_set = None  # (an empty x_train, t_train, {row key: row number})
            self._learning_rate = None
            self._answers = []         # [(flat params, rows, {"loss": .., "gradient": ..})]

        def prepare(self, x_train, t_train, learning_rate):
            """What calls will look like: batches of these rows, SGD at this rate."""
            keys = _row_keys(x_train).tolist()
            self._training_set = (x_train[:0].copy(), t_train.copy(),
                                  dict(zip(keys, range(len(keys)))))
            self._learning_rate = float(learning_rate)

        def _flat_params(self):
            _check_param_keys(self.params, "network.params")
            return flatten(self.params)

        def _batch_argument(self, x, t=None):
            batch = batch_message(x=x, t=t)
            if self._training_set is None or not isinstance(x, np.ndarray):
                return batch
            x_train, t_train, numbers = self._training_set
            if x.ndim != 2 or x.shape[1:] != x_train.shape[1:] or x.dtype != x_train.dtype:
                return batch
            rows = [numbers.get(key) for key in _row_keys(x).tolist()]
            if None in rows:  # 64-bit keys of whole rows: equal keys mean equal rows
                return batch
            rows = np.array(rows, dtype=np.int64)  # one array: cheaper on the wire than a list
            if t is None or (isinstance(t, np.ndarray) and np.array_equal(t_train[rows], t)):
                return batch_message(rows=rows)
            return batch_message(rows=rows, t=t)

        def _ask(self, method, batch, *extra, flat_params=None):
            """One round trip for `method` at the current params (`flat_params` if known)."""
            flat, shapes = flat_params or self._flat_params()
            for attempt in range(2):
                if self._sent is not None and np.array_equal(flat, self._sent[1]):
                    params = params_message(self._sent[0])
                else:
                    self._sent = (os.urandom(12).hex(), flat)
                    params = params_message(self._sent[0], flat, shapes)
                try:
                    return oracle.call(network_call(method), params, batch, *extra)
                except OracleError as error:
                    if attempt or UNKNOWN_TOKEN not in str(error):
                        raise
                    self._sent = None

        def _loss_or_gradient(self, name, x, t):
            """"loss" or "gradient" (flat) at the current params on the batch (x, t)."""
            batch = self._batch_argument(x, t)
            rows = batch["rows"] if set(batch) == {"rows"} else None
            flat_params = self._flat_params()
            flat = flat_params[0]
            for known_flat, known_rows, values in self._answers:
                if (rows is not None and name in values and np.array_equal(rows, known_rows)
                        and np.array_equal(flat, known_flat)):
                    return values[name]
            reply = self._ask(name, batch, self._learning_rate, flat_params=flat_params)
            self._answers = []
            if rows is not None:
                here = {key: reply[key] for key in ("loss", "gradient") if key in reply}
                self._answers.append((flat, rows, here))
                if reply.get("loss_after_step") is not None:
                    stepped = flat - self._learning_rate * reply["gradient"]
                    self._answers.append((stepped, rows, {"loss": reply["loss_after_step"]}))
            return reply[name]

        def _unflatten(self, flat):
            return unflatten(flat, [np.shape(self.params[key]) for key in PARAM_KEYS])

        def predict(self, x):
            return self._ask("predict", self._batch_argument(x))

        def loss(self, x, t):
            return self._loss_or_gradient("loss", x, t)

        def accuracy(self, x, t):
            return self._ask("accuracy", self._batch_argument(x, t))

        def gradient(self, x, t):
            return self._unflatten(self._loss_or_gradient("gradient", x, t))

        def numerical_gradient(self, x, t):
            return self._unflatten(self._ask("numerical_gradient", self._batch_argument(x, t)))

    return TwoLayerNet


_ROW_WEIGHTS = {}


def _row_keys(x):
    """An exact, order-independent integer key per row of a float64 array (N, D)."""
    bits = np.ascontiguousarray(x, dtype=np.float64).view(np.uint64)
    if bits.shape[1] not in _ROW_WEIGHTS:
        _ROW_WEIGHTS[bits.shape[1]] = np.random.default_rng(7).integers(
            1, 2**63, size=bits.shape[1], dtype=np.uint64) | np.uint64(1)
    return (bits * _ROW_WEIGHTS[bits.shape[1]]).sum(axis=1, dtype=np.uint64)


DRIVERS = {"hw2.two_layer_net": two_layer_net,
           "hw2.train_mnist": train_mnist}
PROXY_CLASSES = {NETWORK_CLASS: _network_proxy}
