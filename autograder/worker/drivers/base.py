"""What every driver shares: contract errors, readable exception text, argument lookup."""
import traceback

import numpy as np


class ContractError(Exception):
    """The submission does not follow the contract (missing name, wrong signature or layout).

    The message says what was expected, in words a student can act on.
    """


def describe_exception(error, cell_prefix="<cell"):
    """`TypeError: ... (line 4 of cell 7)`: short, safe against hostile __str__."""
    try:
        detail = str(error)
    except BaseException:
        detail = ""
    if isinstance(error, NotImplementedError) and not detail:
        detail = "the stub has not been filled in yet"
    text = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    text = text if len(text) <= 300 else text[:300] + "..."
    where = ""
    try:
        for frame, line in traceback.walk_tb(error.__traceback__):
            name = frame.f_code.co_filename
            if cell_prefix and name.startswith("<cell "):
                where = f" (line {line} of code {name.strip('<>')})"
    except BaseException:
        pass
    return text + where


def lookup(ns, name, kind="function"):
    """The notebook's top-level `name`, or a ContractError saying it is missing."""
    value = ns.get(name)
    if value is None:
        raise ContractError(f"`{name}` is not defined at the top level of the notebook "
                            f"(expected a {kind} named `{name}`; did its cell raise an error?)")
    if not callable(value):
        raise ContractError(f"`{name}` should be a {kind}, found a {type(value).__name__}")
    return value


def copy_inputs(inputs):
    """Arrays are copied so a driver can report what the submission did to its arguments."""
    return {key: value.copy() if isinstance(value, np.ndarray) else value
            for key, value in inputs.items()}


def plain(value):
    """numpy subclasses (np.matrix, masked arrays) as plain arrays; containers recursively.

    Anything else is left alone: the wire format marks it as unsendable, and the trusted
    side reports what type came back.
    """
    if isinstance(value, np.ndarray) and type(value) is not np.ndarray:
        return np.asarray(value)
    if type(value) in (list, tuple):
        return type(value)(plain(item) for item in value)
    if type(value) is dict:
        return {key: plain(item) for key, item in value.items()}
    return value


def call_function(ns, deps, inputs, function, args=(), kwargs=()):
    """Call `function(*args, **kwargs)` with the named inputs.

    Returns {"out": result, "arg:<name>": the argument after the call} so the trusted
    side can check the result and that the inputs were left unchanged.
    """
    target = lookup(ns, function)
    positional = [inputs[name] for name in args]
    keywords = {key: inputs[name] for key, name in dict(kwargs).items()}
    result = target(*positional, **keywords)
    outputs = {"out": plain(result)}
    for name in list(args) + list(dict(kwargs).values()):
        outputs[f"arg:{name}"] = inputs[name]
    return outputs
