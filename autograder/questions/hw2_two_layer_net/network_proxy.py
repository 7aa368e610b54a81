"""The trusted side of hw2's network proxy (the client: worker/drivers/hw2.py; the
messages: worker/protocol.py).

While `train` or `gradient_check` is graded, the network it gets is a proxy whose methods
are computed here by the reference from the params the proxy sends, so a broken TwoLayerNet
costs nothing there. NETWORK_ORACLE is the `oracle` of those questions.
"""
import collections

import numpy as np

from reference import two_layer_net

from ... import data
from ...budget import check_active
from ...i18n import tr
from ...worker.protocol import (NETWORK_CLASS, PARAM_KEYS, REMEMBERED_PARAMS,
                                 UNKNOWN_TOKEN, flatten, network_call, unflatten)
from ..oracles import one_blas_thread


_SUBSET = []  # the grading subset, once loaded in this process


def mnist(data_folder=None):
    """The MNIST grading subset (x_train, t_train, x_test, t_test), read-only, loaded once
    per process from `data_folder` (the grading call's) by the case's first input.

    Every data folder the loaders accept holds the same bytes (checked by sha256), so the
    derived checks and the network proxy, which run after the inputs were drawn, use the
    arrays loaded then.
    """
    if not _SUBSET:
        arrays = data.mnist_grading_subset(data_folder)
        for array in arrays:
            array.flags.writeable = False
        _SUBSET.append(arrays)
    return _SUBSET[0]


def with_params(params):
    """A reference TwoLayerNet holding `params` (plain arrays from the wire)."""
    net = two_layer_net.TwoLayerNet.__new__(two_layer_net.TwoLayerNet)
    if not isinstance(params, dict) or set(params) != set(PARAM_KEYS):
        raise ValueError(tr("network.params should have exactly the keys W1, b1, W2, b2"))
    net.params = {key: np.asarray(params[key], dtype=float) for key in PARAM_KEYS}
    return net


_NETWORK_BY_TOKEN = collections.OrderedDict()  # the proxy's last few params, by token


def _proxy_network(params):
    """The proxy's params argument {"token", "flat"?, "shapes"?} -> a reference TwoLayerNet."""
    token = params.get("token") if isinstance(params, dict) else None
    if not isinstance(token, str):
        raise ValueError("the network proxy sent malformed params")
    if "flat" in params:
        _NETWORK_BY_TOKEN[token] = with_params(unflatten(params["flat"], params["shapes"]))
        while len(_NETWORK_BY_TOKEN) > REMEMBERED_PARAMS:
            _NETWORK_BY_TOKEN.popitem(last=False)
    if token not in _NETWORK_BY_TOKEN:
        raise ValueError(UNKNOWN_TOKEN)
    return _NETWORK_BY_TOKEN[token]


def _proxy_batch(batch):
    """The proxy's batch {"rows", "t"?} (training-set rows) or {"x", "t"?} -> (x, t)."""
    if "rows" in batch:
        rows = np.asarray(batch["rows"], dtype=np.int64)
        x_train, t_train = mnist()[:2]
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
            raise ValueError(tr("network.numerical_gradient is far too slow for a 784-50-10 "
                                "network (two loss evaluations per parameter); train with "
                                "network.gradient"))
        return flatten(net.numerical_gradient(x, np.asarray(t, dtype=float)))[0]
    return call


@one_blas_thread
def _proxy_loss(params, batch, learning_rate=None):
    """The proxy's loss on a batch, with the gradient there (the next call, usually).

    Returns {"loss": float, "gradient": flat array}.
    """
    net, x, t = _proxy_network_and_batch(params, batch)
    t = np.asarray(t, dtype=float)
    return {"loss": float(net.loss(x, t)), "gradient": flatten(net.gradient(x, t))[0]}


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
        stepped = with_params({key: net.params[key] - learning_rate * gradient[key]
                                for key in PARAM_KEYS})
        after = float(stepped.loss(x, t))
    return {"gradient": flatten(gradient)[0], "loss_after_step": after}


NETWORK_ORACLE = {
    NETWORK_CLASS: two_layer_net.TwoLayerNet,  # the trusted side's stand-in for the proxy
    **{network_call(method): _proxy_method(method)
       for method in ("predict", "accuracy", "numerical_gradient")},
    network_call("loss"): _proxy_loss,
    network_call("gradient"): _proxy_gradient,
}
