"""hw5: first-order update rules (seed 001).

Every rule has the same interface:

    next_w, config = rule(w, dw, config=None)

    w: array of any shape, the current parameters.
    dw: array of the shape of `w`, the gradient of the loss at `w`.
    config: dict of hyper-parameters and of the state carried from one step
        to the next; when None a new dict is made. Missing entries are filled
        with their defaults (config.setdefault), state arrays start as zeros
        shaped like `w`.
    next_w: array of the shape of `w`, the parameters after one step.
    config: the same dict, holding the updated state for the next call.
"""
import numpy as np

__all__ = ["sgd", "sgd_momentum", "adagrad", "rmsprop", "adam"]


def sgd(w, dw, config=None):
    """Vanilla stochastic gradient descent: w - learning_rate * dw.

    config: "learning_rate" (default 1e-2).
    """
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    next_w = w - config["learning_rate"] * dw
    return next_w, config


def sgd_momentum(w, dw, config=None):
    """SGD with momentum, as an exponential moving average of gradients.

    velocity <- momentum * velocity + (1 - momentum) * dw, then
    w <- w - learning_rate * velocity.

    config: "learning_rate" (default 1e-2), "momentum" (default 0.9),
    state "velocity" (zeros shaped like w at first).
    """
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    config.setdefault("velocity", np.zeros_like(w))
    velocity = config["momentum"] * config["velocity"] + (1 - config["momentum"]) * dw
    next_w = w - config["learning_rate"] * velocity
    config["velocity"] = velocity
    return next_w, config


def adagrad(w, dw, config=None):
    """Adagrad: divide each step by the root of that entry's summed squared gradients.

    cache <- cache + dw ** 2, then
    w <- w - learning_rate * dw / (sqrt(cache) + epsilon).

    config: "learning_rate" (default 1e-2), "epsilon" (default 1e-8),
    state "cache" (zeros shaped like w at first).
    """
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("cache", np.zeros_like(w))
    cache = config["cache"] + dw ** 2
    next_w = w - config["learning_rate"] * dw / (np.sqrt(cache) + config["epsilon"])
    config["cache"] = cache
    return next_w, config


def rmsprop(w, dw, config=None):
    """RMSProp: like Adagrad with a decaying average of squared gradients.

    cache <- decay_rate * cache + (1 - decay_rate) * dw ** 2, then
    w <- w - learning_rate * dw / (sqrt(cache) + epsilon).

    config: "learning_rate" (default 1e-2), "decay_rate" (default 0.99),
    "epsilon" (default 1e-8), state "cache" (zeros shaped like w at first).
    """
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("cache", np.zeros_like(w))
    decay = config["decay_rate"]
    cache = decay * config["cache"] + (1 - decay) * dw ** 2
    next_w = w - config["learning_rate"] * dw / (np.sqrt(cache) + config["epsilon"])
    config["cache"] = cache
    return next_w, config


def adam(w, dw, config=None):
    """Adam: moving averages of the gradient and its square, with bias correction.

    t <- t + 1 (t counts the steps taken, so the first step uses t = 1);
    m <- beta1 * m + (1 - beta1) * dw;  v <- beta2 * v + (1 - beta2) * dw ** 2;
    m_hat = m / (1 - beta1 ** t);  v_hat = v / (1 - beta2 ** t);
    w <- w - learning_rate * m_hat / (sqrt(v_hat) + epsilon).

    config: "learning_rate" (default 1e-3), "beta1" (default 0.9),
    "beta2" (default 0.999), "epsilon" (default 1e-8), state "m" and "v"
    (zeros shaped like w at first) and "t" (0 at first).
    """
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    config.setdefault("t", 0)
    beta1, beta2 = config["beta1"], config["beta2"]
    t = config["t"] + 1
    m = beta1 * config["m"] + (1 - beta1) * dw
    v = beta2 * config["v"] + (1 - beta2) * dw ** 2
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    config["t"], config["m"], config["v"] = t, m, v
    return next_w, config
