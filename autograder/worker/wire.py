"""The wire format between the trusted grader and the sandboxed worker.

A message is one frame holding a JSON header, followed by one frame per array. Arrays travel
as `.npy` bytes and are read back with `allow_pickle=False`, so nothing that the
submission's process wrote is ever unpickled. A frame is an 8-byte big-endian length and
that many bytes.

Values that can be sent: None, bool, int, float (nan and inf included), str, lists,
tuples, dicts with str keys, and numpy arrays or scalars of a bool, integer or float dtype.
Anything else is sent as a marker naming its type, so the receiving side can say what
came back instead of crashing.
"""
import io
import json
import struct

import numpy as np

MAX_FRAME_BYTES = 512 * 1024 * 1024
MAX_ARRAYS = 10_000
NUMERIC_KINDS = "biuf"


class WireError(Exception):
    """The other side sent something that is not a well-formed message."""


def write_frame(stream, payload):
    stream.write(struct.pack(">Q", len(payload)))
    stream.write(payload)


def read_frame(stream, limit=MAX_FRAME_BYTES):
    head = _read_exactly(stream, 8)
    (length,) = struct.unpack(">Q", head)
    if length > limit:
        raise WireError(f"frame of {length} bytes is larger than the limit of {limit}")
    return _read_exactly(stream, length)


def _read_exactly(stream, count):
    chunks, missing = [], count
    while missing:
        chunk = stream.read(missing)
        if not chunk:
            raise EOFError("the other side closed the channel")
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


def send(stream, message):
    """Write `message` (a dict of sendable values) and flush."""
    arrays = []
    header = _encode(message, arrays)
    write_frame(stream, json.dumps(header).encode())
    for array in arrays:
        buffer = io.BytesIO()
        np.save(buffer, array, allow_pickle=False)
        write_frame(stream, buffer.getvalue())
    stream.flush()


def receive(stream, limit=MAX_FRAME_BYTES):
    """Read one message written by `send`; arrays come back as numpy arrays."""
    header = json.loads(read_frame(stream, limit))
    count = header.get("__arrays__", 0) if isinstance(header, dict) else 0
    if not isinstance(count, int) or not 0 <= count <= MAX_ARRAYS:
        raise WireError("bad array count in message header")
    arrays = []
    for _ in range(count):
        try:
            array = np.load(io.BytesIO(read_frame(stream, limit)), allow_pickle=False)
        except ValueError as error:
            raise WireError(f"unreadable array: {error}") from None
        if array.dtype.kind not in NUMERIC_KINDS:
            raise WireError(f"array of dtype {array.dtype} is not numeric")
        arrays.append(array)
    return _decode(header["body"], arrays)


def _encode(message, arrays):
    body = encode_value(message, arrays)
    return {"__arrays__": len(arrays), "body": body}


def encode_value(value, arrays):
    """Turn `value` into JSON-able data, appending arrays to `arrays`."""
    if value is None or type(value) in (bool, str):
        return value
    if type(value) is int:
        return value if abs(value) < 2**53 else float(value)
    if type(value) is float:
        return {"__float__": repr(value)}
    if isinstance(value, np.generic) and value.dtype.kind in NUMERIC_KINDS:
        return encode_value(np.asarray(value), arrays) if value.dtype.kind == "f" else (
            bool(value) if value.dtype.kind == "b" else int(value))
    if type(value) is np.ndarray:
        if value.dtype.kind not in NUMERIC_KINDS:
            return {"__unsendable__": f"numpy array of dtype {value.dtype}"}
        arrays.append(np.ascontiguousarray(value))
        return {"__array__": len(arrays) - 1}
    if type(value) in (list, tuple):
        items = [encode_value(item, arrays) for item in value]
        return {"__tuple__": items} if type(value) is tuple else items
    if type(value) is dict:
        if not all(type(key) is str for key in value):
            return {"__unsendable__": "dict with non-string keys"}
        return {"__dict__": {key: encode_value(item, arrays) for key, item in value.items()}}
    if type(value).__name__ == "HarnessFunction" and type(value).__module__.endswith(
            "worker.functions"):
        return {"__function__": encode_value(value.spec(), arrays)}
    return {"__unsendable__": _type_name(value)}


def _type_name(value):
    try:
        return type(value).__qualname__
    except Exception:  # a hostile class can make even this raise
        return "an object"


def _decode(body, arrays):
    if isinstance(body, list):
        return [_decode(item, arrays) for item in body]
    if not isinstance(body, dict):
        return body
    if "__float__" in body:
        return float(body["__float__"])
    if "__array__" in body:
        index = body["__array__"]
        if not isinstance(index, int) or not 0 <= index < len(arrays):
            raise WireError("array reference out of range")
        return arrays[index]
    if "__tuple__" in body:
        return tuple(_decode(item, arrays) for item in body["__tuple__"])
    if "__dict__" in body:
        return {str(key): _decode(item, arrays) for key, item in body["__dict__"].items()}
    if "__function__" in body:
        return FunctionSpec(_decode(body["__function__"], arrays))
    if "__unsendable__" in body:
        return Unsendable(str(body["__unsendable__"])[:200])
    raise WireError("unknown value in message")


class FunctionSpec(dict):
    """A test function sent by name (see functions.py); rebuilt on the trusted side."""


class Unsendable:
    """Stands for a value the worker could not send (an object, a string array, ...)."""

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return f"<{self.description}>"
