"""What every driver shares: contract errors, readable exception text, argument lookup."""
import linecache
import re
import traceback

import numpy as np


class ContractError(Exception):
    """The submission does not follow the contract (missing name, wrong signature or layout).

    The message says what was expected, in words a student can act on.
    """


# Where a notebook's cells come from: the worker's `<cell N>`, IPython's kernels
# (`/tmp/ipykernel_123/456.py`) and older IPython (`<ipython-input-3-...>`).
_CELL_FILE = re.compile(r"^<cell \d+>$|^<ipython-input-|ipykernel_\d+[/\\]\d+\.py$")
_TYPE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?::|$| \()")


def describe_exception(error):
    """`TypeError: ... (line 4 of the cell that begins `def f(x):`)`: exception_text and
    where in the notebook it was raised.

    The place is the last line of the notebook's own code in the traceback, with the cell
    quoted by its first code line (Jupyter shows no code-cell numbers). Frames of the kit
    and of libraries are never shown; without a frame of the notebook, no place.
    """
    where = ""
    try:
        for frame, line in traceback.walk_tb(error.__traceback__):
            name = frame.f_code.co_filename
            if is_cell_file(name):
                where = f" (line {line} of {cell_title(name)})"
    except BaseException:
        pass
    return exception_text(error) + where


def exception_text(error):
    """`TypeError: ...`: short, in words a student can act on, safe against hostile __str__.

    An error of a dependency computed by the grader (OracleError, in the sandbox) reads as
    that dependency's error.
    """
    try:
        detail = str(error)
    except BaseException:
        detail = ""
    if isinstance(error, NotImplementedError) and not detail:
        detail = "the stub has not been filled in yet"
    if type(error).__name__ == "OracleError":
        name = getattr(error, "name", None)
        text = (detail or "the grader could not compute a dependency") + (
            f" (in the grader's own `{name}`, which stands in for yours)" if name else "")
    else:
        text = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    return text if len(text) <= 300 else text[:300] + "..."


def is_cell_file(filename):
    """Whether `filename` is where a notebook cell's code comes from (not a file of the kit
    or of a library)."""
    return bool(_CELL_FILE.search(filename))


def exception_type(description):
    """The exception type name a describe_exception text starts with, or None."""
    match = _TYPE.match(description or "")
    return match.group(1) if match else None


def cell_title(filename, source=None):
    """"the cell that begins `def f(x):`": a cell named so a student can find it.

    `source` is the cell's code; without it, the lines Python keeps for `filename`.
    """
    lines = source.splitlines() if source is not None else linecache.getlines(filename)
    code = [line.strip() for line in lines if line.strip()]
    first = next((line for line in _without_docstring(code) if not line.startswith("#")),
                 code[0] if code else "")
    if not first:
        number = re.search(r"\d+", filename or "")
        return f"code cell {number.group(0)}" if number else "a notebook cell"
    first = first if len(first) <= 60 else first[:57] + "..."
    return f"the cell that begins `{first}`"


def _without_docstring(lines):
    """The stripped lines after a leading string literal (a docstring that opens a cell)."""
    for number, line in enumerate(lines):
        if line.startswith("#"):
            continue
        quote = line[:3]
        if quote not in ('"""', "'''"):
            return lines
        if line.count(quote) >= 2 and len(line) > 3:
            return lines[number + 1:]
        closing = next((later for later in range(number + 1, len(lines))
                        if quote in lines[later]), len(lines))
        return lines[closing + 1:]
    return lines


def lookup(ns, name, kind="function"):
    """The notebook's top-level `name`, or a ContractError saying it is missing."""
    value = ns.get(name)
    if value is None:
        raise ContractError(f"`{name}` is not defined at the top level of the notebook "
                            f"(expected a {kind} named `{name}`; did its cell raise an error?)")
    if not callable(value):
        raise ContractError(f"`{name}` should be a {kind}, found a {type(value).__name__}")
    return value


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


def call_function(ns, deps, inputs, function, args=(), kwargs=(), objects=(), keys=()):
    """Call `function(*args, **kwargs)` with the named inputs.

    `objects` names inputs that are objects built from a dependency class served by the
    oracle, `{"network": {"class": "TwoLayerNet", "args": [4, 5, 3], "set": {"params":
    ["W1", "b1", "W2", "b2"]}}}`: network = deps["TwoLayerNet"](4, 5, 3), then
    network.params = {"W1": inputs["W1"], ...}; so a question taking an object is graded
    with the reference's (a wrong class is not counted twice). `keys`: the result is a
    dict holding these keys, reported key by key.

    Returns {"out": result} (or {key: result[key]}) and {"arg:<name>": the argument after
    the call} for each plain argument, so the trusted side can check the result and that
    the inputs were left unchanged.
    """
    target = lookup(ns, function)
    values = dict(inputs)
    for name, spec in dict(objects).items():
        values[name] = deps[spec["class"]](*spec.get("args", ()))
        for attribute, input_names in spec.get("set", {}).items():
            setattr(values[name], attribute, {key: inputs[key] for key in input_names})
    positional = [values[name] for name in args]
    keywords = {key: values[name] for key, name in dict(kwargs).items()}
    result = target(*positional, **keywords)
    if keys:
        missing = [key for key in keys if not isinstance(result, dict) or key not in result]
        if missing:
            found = (f"it has no {', '.join(repr(key) for key in missing)}"
                     if isinstance(result, dict) else f"found {type(result).__name__}")
            raise ContractError(f"`{function}` should return a dict with the keys "
                                f"{', '.join(repr(key) for key in keys)}; {found}")
    outputs = {key: plain(result[key]) for key in keys} if keys else {"out": plain(result)}
    for name in list(args) + list(dict(kwargs).values()):
        if name not in dict(objects):
            outputs[f"arg:{name}"] = inputs[name]
    return outputs
