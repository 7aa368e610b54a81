"""Calling a submission's function the way the contract says, or saying what was expected.

`call_as(function, expected, *args, **kwargs)` binds the arguments to the function's
signature before calling, so a function that cannot take the contract's arguments
(`train(data, y, lr, epoch)`, `adam(w, dw, config)` without a default) fails with a
ContractError naming the expected signature, not with a TypeError from deep inside.
"""
import inspect

import numpy as np

from .base import ContractError, plain


def call_as(function, expected, *args, **kwargs):
    """function(*args, **kwargs) after checking that the signature accepts them."""
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):  # builtins and some callables have none: just call
        signature = None
    if signature is not None:
        try:
            signature.bind(*args, **kwargs)
        except TypeError as error:
            raise ContractError(f"expected the signature {expected} ({error})") from None
    return function(*args, **kwargs)


def number(value, what):
    """A single float from a float, a numpy scalar or a size-1 array; else ContractError."""
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ContractError(f"{what} should be a single number, got a "
                            f"{type(value).__name__}") from None
    if array.size != 1:
        raise ContractError(f"{what} should be a single number, got an array of shape "
                            f"{array.shape}")
    return float(array.reshape(()))


def pair(result, what, layout):
    """(first, second) from a 2-tuple or 2-list; else ContractError naming `layout`."""
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        kind = "numpy array" if isinstance(result, np.ndarray) else type(result).__name__
        found = f"a {len(result)}-item {kind}" if isinstance(result, (tuple, list)) else (
            f"a {kind}")
        raise ContractError(f"{what} should return {layout}, found {found}")
    return plain(result[0]), plain(result[1])
