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
import math
import re
import struct

import numpy as np

MAX_FRAME_BYTES = 512 * 1024 * 1024
MAX_REPLY_BYTES = 64 * 1024 * 1024     # all of one message coming out of the sandbox
MAX_ARRAYS = 10_000
_NPY_HEADER_BYTES = 1024                # room for one .npy header of a numeric array
_NPY_MAGIC = b"\x93NUMPY\x01\x00"        # .npy format 1.0
NUMERIC_KINDS = "biuf"


class WireError(Exception):
    """The other side sent something that is not a well-formed message."""


def write_frame(stream, payload):
    stream.write(struct.pack(">Q", len(payload)))
    stream.write(payload)


def read_frame(stream, limit=MAX_FRAME_BYTES):
    length = _read_length(stream)
    if length > limit:
        raise WireError(f"frame of {length} bytes is larger than the limit of {limit}")
    return _read_exactly(stream, length)


def _read_length(stream):
    (length,) = struct.unpack(">Q", _read_exactly(stream, 8))
    return length


def _read_exactly(stream, count):
    chunks, missing = [], count
    while missing:
        chunk = stream.read(missing)
        if not chunk:
            raise EOFError("the other side closed the channel")
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


def send(stream, message, limit=None):
    """Write `message` (a dict of sendable values) and flush.

    With `limit`, a message larger than that raises WireError before anything is written,
    so the channel stays usable and the sender can report the problem instead.
    """
    arrays = []
    header = json.dumps(_encode(message, arrays)).encode()
    if limit is not None:
        size = len(header) + sum(array.nbytes + _NPY_HEADER_BYTES for array in arrays)
        if size > limit:
            raise WireError(f"it is about {size / 2**20:.0f} MiB, more than the "
                            f"{limit / 2**20:.0f} MiB a result may take")
    write_frame(stream, header)
    for array in arrays:
        npy_header = _npy_header(array)
        stream.write(struct.pack(">Q", len(npy_header) + array.nbytes))
        stream.write(npy_header)
        if array.nbytes:
            stream.write(memoryview(array.reshape(-1).view(np.uint8)))  # no copy
    stream.flush()


def _npy_header(array):
    """The `.npy` format 1.0 header np.save writes for the C-ordered `array`, made here:
    np.save goes through a file object and took a third of a small message's time.

    The magic string, the version, the header's length (2 bytes, little-endian), then the
    header as a Python literal, padded with spaces and a newline to a multiple of 64 bytes.
    """
    text = "{'descr': %r, 'fortran_order': False, 'shape': %r, }" % (array.dtype.str,
                                                                    array.shape)
    text += " " * (-(len(_NPY_MAGIC) + 2 + len(text) + 1) % 64) + "\n"
    return _NPY_MAGIC + len(text).to_bytes(2, "little") + text.encode("ascii")


def receive(stream, limit=MAX_FRAME_BYTES):
    """Read one message written by `send`; arrays come back as numpy arrays.

    `limit` bounds the whole message (header and arrays together), so a peer that floods
    the channel costs at most that much memory here.
    """
    left = limit

    def next_frame():
        nonlocal left
        length = _read_length(stream)
        if length > left:
            raise WireError(f"the message is larger than the limit of {limit} bytes")
        left -= length
        return _read_exactly(stream, length)

    try:
        header = json.loads(next_frame())
        count = header.get("__arrays__", 0) if isinstance(header, dict) else 0
        if not isinstance(count, int) or not 0 <= count <= MAX_ARRAYS:
            raise WireError("bad array count in message header")
        arrays = [_load_array(next_frame()) for _ in range(count)]
        return _decode(header["body"], arrays)
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, AttributeError,
            IndexError) as error:  # a forged header: bad JSON, absurd nesting, wrong types
        raise WireError(f"unreadable message ({type(error).__name__})") from None


# The .npy header np.save writes for a C-ordered numeric array (format 1.0), e.g.
# {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }, padded with spaces.
_PLAIN_NPY_HEADER = re.compile(
    rb"\{'descr': '([<>|=][biuf][0-9]{1,2})', 'fortran_order': False, "
    rb"'shape': \(((?:[0-9]{1,19}, ?)*(?:[0-9]{1,19})?)\), \} *\n")


def _load_array(frame):
    """A numeric array from `.npy` bytes whose header agrees with their length.

    The header is checked before numpy allocates anything, so a forged shape cannot make
    this side reserve terabytes. The header every array of this wire has (np.save's, for
    a C-ordered numeric array) is read by a strict pattern: numpy's own reader evaluates it
    as a Python literal, which took most of a small message's time. Anything else goes to
    numpy's reader and its checks.
    """
    plain = _plain_array(frame)
    if plain is not None:
        return plain
    buffer = io.BytesIO(frame)
    try:
        version = np.lib.format.read_magic(buffer)
        if version == (1, 0):
            shape, _, dtype = np.lib.format.read_array_header_1_0(buffer)
        elif version == (2, 0):
            shape, _, dtype = np.lib.format.read_array_header_2_0(buffer)
        else:
            raise ValueError(f".npy version {version}")
    except ValueError as error:
        raise WireError(f"unreadable array: {error}") from None
    if dtype.kind not in NUMERIC_KINDS or dtype.fields is not None:
        raise WireError(f"array of dtype {dtype} is not numeric")
    if math.prod(shape) * dtype.itemsize != len(frame) - buffer.tell():
        raise WireError(f"array data does not match its header (shape {shape})")
    try:
        return np.load(io.BytesIO(frame), allow_pickle=False)
    except ValueError as error:
        raise WireError(f"unreadable array: {error}") from None


def _plain_array(frame):
    """The array of a format 1.0 frame whose header is _PLAIN_NPY_HEADER; None otherwise."""
    if frame[:8] != _NPY_MAGIC or len(frame) < 10:
        return None
    start = 10
    end = start + int.from_bytes(frame[8:10], "little")
    match = _PLAIN_NPY_HEADER.fullmatch(frame, start, end)
    if match is None:
        return None
    dtype = np.dtype(match.group(1).decode())
    shape = tuple(int(size) for size in match.group(2).split(b",") if size.strip())
    if dtype.kind not in NUMERIC_KINDS or dtype.fields is not None:
        raise WireError(f"array of dtype {dtype} is not numeric")
    if math.prod(shape) * dtype.itemsize != len(frame) - end:
        raise WireError(f"array data does not match its header (shape {shape})")
    # a copy, writable and owning its memory, as np.load returns
    return np.frombuffer(frame, dtype, offset=end).reshape(shape).copy()


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
        arrays.append(np.ascontiguousarray(value).reshape(value.shape))  # keeps 0-d arrays 0-d
        return {"__array__": len(arrays) - 1}
    if type(value) in (list, tuple):
        items = [encode_value(item, arrays) for item in value]
        return {"__tuple__": items} if type(value) is tuple else items
    if type(value) is dict:
        if not all(type(key) is str for key in value):
            return {"__unsendable__": "dict with non-string keys"}
        return {"__dict__": {key: encode_value(item, arrays) for key, item in value.items()}}
    if type(value).__name__ == "RemoteFunction" and type(value).__module__.endswith(
            "worker.functions"):
        return {"__function__": True}  # a handle: the trusted side knows the case's function
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
        return FunctionSpec()
    if "__unsendable__" in body:
        return Unsendable(str(body["__unsendable__"])[:200])
    raise WireError("unknown value in message")


class FunctionSpec(dict):
    """The case's test function passed on by the sandbox (see functions.py): a handle the
    trusted side swaps for its own copy of the function."""


class Unsendable:
    """Stands for a value the worker could not send (an object, a string array, ...)."""

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return f"<{self.description}>"
