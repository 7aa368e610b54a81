"""Drivers for hw1_gradients: numerical differentiation, softmax, SimpleNet."""
import numpy as np

from ..functions import test_function
from .base import ContractError, lookup, plain


def numerical_diff(ns, deps, inputs, formula):
    """numerical_diff(f, x) at a scalar x for a named test function."""
    f = test_function(deps, inputs, formula)
    return {"out": plain(lookup(ns, "numerical_diff")(f, float(inputs["x"])))}


def numerical_gradient(ns, deps, inputs, formula):
    """numerical_gradient(f, x) for x of any shape; `formula="closure"` reads x itself."""
    x = inputs["x"]
    f = test_function(deps, inputs, formula)
    grad = lookup(ns, "numerical_gradient")(f, x)
    return {"out": plain(grad), "arg:x": x}


def gradient_descent(ns, deps, inputs, formula):
    """gradient_descent(f, init_x, lr, step_num): the final x.

    `lr` and `step_num` are passed only when the inputs hold them, so a case without them
    grades the defaults.
    """
    f = test_function(deps, inputs, formula)
    keywords = {name: cast(inputs[name]) for name, cast in (("lr", float), ("step_num", int))
                if name in inputs}
    result = lookup(ns, "gradient_descent")(f, inputs["init_x"], **keywords)
    if isinstance(result, tuple):  # the textbook's plotting version returns (x, x_history)
        raise ContractError("gradient_descent should return only the final x, an array shaped "
                            f"like init_x; it returned a tuple of {len(result)} items")
    return {"out": plain(result)}


def simple_net(ns, deps, inputs):
    """SimpleNet(): W (2, 3) replaced by the case's W, then predict(x) and loss(x, t)."""
    net = lookup(ns, "SimpleNet", "class")()
    weights = getattr(net, "W", None)
    if not isinstance(weights, np.ndarray) or weights.shape != (2, 3):
        raise ContractError("SimpleNet() should set an attribute `W` holding a (2, 3) array, "
                            f"found {type(weights).__name__} "
                            f"{getattr(weights, 'shape', '')}")
    net.W = inputs["W"]
    return {"predict": plain(net.predict(inputs["x"])),
            "loss": plain(net.loss(inputs["x"], inputs["t"]))}


DRIVERS = {
    "hw1.numerical_diff": numerical_diff,
    "hw1.numerical_gradient": numerical_gradient,
    "hw1.gradient_descent": gradient_descent,
    "hw1.simple_net": simple_net,
}
