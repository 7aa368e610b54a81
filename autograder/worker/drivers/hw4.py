"""Drivers for hw4_logistic_regression: the return layouts of the contract are checked here,
so a submission that returns (dw, db, cost) or defines predict(X, w, b) is told what the
contract expects instead of failing on a value."""
import contextlib
import inspect
import io

from ..protocol import MODEL_KEYS
from .base import ContractError, lookup, plain


def _describe(value):
    if isinstance(value, (tuple, list)):
        return f"a {type(value).__name__} of {len(value)} values"
    return "None" if value is None else f"a {type(value).__name__}"


def _unpack(result, count, name, layout):
    """`result` as a tuple of `count` values, else a ContractError naming `layout`."""
    if not isinstance(result, (tuple, list)) or len(result) != count:
        raise ContractError(f"`{name}` should return {layout}, got {_describe(result)}")
    return result


def _keys(value, keys, what, layout=None):
    """The dict `value` holding `keys`, else a ContractError naming them."""
    names = ", ".join(repr(key) for key in keys)
    where = f" (the contract's return value: {layout})" if layout else ""
    if not isinstance(value, dict):
        raise ContractError(f"{what} should be a dict with the keys {names}{where}, "
                            f"got {_describe(value)}")
    missing = [key for key in keys if key not in value]
    if missing:
        raise ContractError(f"{what} should have the keys {names}; missing "
                            f"{', '.join(repr(key) for key in missing)} "
                            f"(found {sorted(map(str, value))})")
    return value


def _bind(function, name, signature, *args, **kwargs):
    """Make sure `function` accepts the contract's arguments before calling it."""
    try:
        inspect.signature(function).bind(*args, **kwargs)
    except TypeError:
        raise ContractError(f"`{name}` should have the signature {signature}") from None
    except ValueError:  # no signature to inspect (a builtin): let the call decide
        pass


def _quietly(function, *args, **kwargs):
    """Call with print output discarded (print_cost=True also runs on the trusted side)."""
    with contextlib.redirect_stdout(io.StringIO()):
        return function(*args, **kwargs)


def initialize_with_zeros(ns, deps, inputs):
    """initialize_with_zeros(dim) -> (w, b)."""
    result = lookup(ns, "initialize_with_zeros")(int(inputs["dim"]))
    w, b = _unpack(result, 2, "initialize_with_zeros", "(w, b)")
    return {"w": plain(w), "b": plain(b)}


PROPAGATE_LAYOUT = '(grads, cost) with grads = {"dw": dw, "db": db}'


def propagate(ns, deps, inputs):
    """propagate(w, b, X, Y) -> (grads, cost); the arguments are reported after the call."""
    w, b, X, Y = (inputs[key] for key in ("w", "b", "X", "Y"))
    result = lookup(ns, "propagate")(w, float(b), X, Y)
    if isinstance(result, (tuple, list)) and len(result) == 3:
        raise ContractError(f"`propagate` should return {PROPAGATE_LAYOUT}, got 3 values "
                            "(was it (dw, db, cost)?)")
    grads, cost = _unpack(result, 2, "propagate", PROPAGATE_LAYOUT)
    if isinstance(cost, dict) and not isinstance(grads, dict):
        raise ContractError(f"`propagate` returned (cost, grads); the contract's order is "
                            f"{PROPAGATE_LAYOUT}")
    _keys(grads, ("dw", "db"), "grads", PROPAGATE_LAYOUT)
    return {"dw": plain(grads["dw"]), "db": plain(grads["db"]), "cost": plain(cost),
            "arg:w": w, "arg:X": X, "arg:Y": Y}


OPTIMIZE_SIGNATURE = "optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False)"
OPTIMIZE_LAYOUT = '(params, grads, costs) with params = {"w": w, "b": b}, ' \
                  'grads = {"dw": dw, "db": db}'


def optimize(ns, deps, inputs, num_iterations, learning_rate, print_cost=False):
    """optimize(w, b, X, Y, num_iterations, learning_rate, print_cost) -> w, b, dw, db, costs.

    print_cost=None leaves the argument out (the default is graded).
    """
    function = lookup(ns, "optimize")
    args = (inputs["w"], float(inputs["b"]), inputs["X"], inputs["Y"], num_iterations,
            learning_rate)
    kwargs = {} if print_cost is None else {"print_cost": print_cost}
    _bind(function, "optimize", OPTIMIZE_SIGNATURE, *args, **kwargs)
    result = _quietly(function, *args, **kwargs)
    params, grads, costs = _unpack(result, 3, "optimize", OPTIMIZE_LAYOUT)
    _keys(params, ("w", "b"), "params", OPTIMIZE_LAYOUT)
    _keys(grads, ("dw", "db"), "grads", OPTIMIZE_LAYOUT)
    return {"w": plain(params["w"]), "b": plain(params["b"]), "dw": plain(grads["dw"]),
            "db": plain(grads["db"]), "costs": plain(costs)}


def predict(ns, deps, inputs):
    """predict(w, b, X) -> (1, m) labels; predict(X, w, b) is a contract error."""
    function = lookup(ns, "predict")
    try:
        names = [name.lower() for name in inspect.signature(function).parameters][:3]
    except (TypeError, ValueError):
        names = []
    if sorted(names) == ["b", "w", "x"] and names != ["w", "b", "x"]:
        raise ContractError(f"`predict` should have the signature predict(w, b, X), found "
                            f"predict({', '.join(inspect.signature(function).parameters)})")
    return {"out": plain(function(inputs["w"], float(inputs["b"]), inputs["X"]))}


MODEL_SIGNATURE = "model(X_train, Y_train, X_test, Y_test, num_iterations=2000, " \
                  "learning_rate=0.005, print_cost=False)"


def model(ns, deps, inputs, num_iterations=None, learning_rate=None, print_cost=False):
    """model(X_train, Y_train, X_test, Y_test, ...) -> the returned dict's five entries.

    An argument given as None is left out of the call (its default is graded).
    """
    function = lookup(ns, "model")
    args = tuple(inputs[key] for key in ("X_train", "Y_train", "X_test", "Y_test"))
    kwargs = {key: value for key, value in (("num_iterations", num_iterations),
                                            ("learning_rate", learning_rate),
                                            ("print_cost", print_cost)) if value is not None}
    _bind(function, "model", MODEL_SIGNATURE, *args, **kwargs)
    result = _quietly(function, *args, **kwargs)
    _keys(result, MODEL_KEYS, "the value model returns")
    return {key: plain(result[key]) for key in MODEL_KEYS}


DRIVERS = {
    "hw4.initialize_with_zeros": initialize_with_zeros,
    "hw4.propagate": propagate,
    "hw4.optimize": optimize,
    "hw4.predict": predict,
    "hw4.model": model,
}
