"""The wire format (autograder/worker/wire.py): what crosses the sandbox boundary.

Round trips of every sendable value; markers for what cannot be sent; and the receiving
side's defences against a hostile sender: no unpickling, numeric arrays only, headers
checked before anything is allocated, and a bound on what one message may hold.
"""
import io
import json
import math
import struct
import sys
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # plain `pytest` would find tests/reference/ as `reference`
    sys.path.insert(0, str(REPO))

from autograder.worker import wire  # noqa: E402
from autograder.worker.functions import HarnessFunction, RemoteFunction  # noqa: E402


def round_trip(message, limit=wire.MAX_FRAME_BYTES):
    stream = io.BytesIO()
    wire.send(stream, message)
    stream.seek(0)
    received = wire.receive(stream, limit)
    assert stream.read() == b"", "the message was not read to its end"
    return received


def frame(payload):
    return struct.pack(">Q", len(payload)) + payload


def npy(array, **kwargs):
    buffer = io.BytesIO()
    np.save(buffer, array, **kwargs)
    return buffer.getvalue()


def raw_message(header, *array_frames):
    """Bytes of a message as a hostile worker could write them by hand."""
    return io.BytesIO(frame(json.dumps(header).encode()) + b"".join(map(frame, array_frames)))


# -- round trips ---------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    None, True, False, 0, -7, 2**53 - 1, "text", "", "ünïcode", [], [1, "a", None],
    {"nested": {"list": [1, 2.5, [3]]}}, {"": 1},
])
def test_plain_values_round_trip(value):
    assert round_trip({"v": value}) == {"v": value}


def test_floats_keep_every_bit_including_nan_and_inf():
    values = [0.1, -0.0, 1e308, 5e-324, math.pi, float("inf"), float("-inf")]
    received = round_trip({"v": values + [float("nan")]})["v"]
    assert [struct.pack(">d", value) for value in received[:-1]] == \
           [struct.pack(">d", value) for value in values]
    assert math.isnan(received[-1])


def test_tuples_stay_tuples_and_big_ints_become_floats():
    received = round_trip({"t": (1, (2, 3)), "big": 2**70})
    assert received["t"] == (1, (2, 3)) and type(received["t"][1]) is tuple
    assert received["big"] == float(2**70) and type(received["big"]) is float


@pytest.mark.parametrize("array", [
    np.arange(12, dtype=np.float64).reshape(3, 4),
    np.array([True, False]),
    np.arange(5, dtype=np.int8),
    np.arange(5, dtype=np.uint64) * 2**60,
    np.array([1.5, np.nan, np.inf], dtype=np.float16),
    np.arange(6, dtype=">f8").reshape(2, 3),          # big-endian
    np.asfortranarray(np.arange(6.0).reshape(2, 3)),  # Fortran order
    np.arange(24.0).reshape(2, 3, 4)[:, ::2, 1:],     # a strided view
    np.zeros((0, 3)),
    np.array(4.5),                                    # 0-d
])
def test_numeric_arrays_round_trip(array):
    received = round_trip({"a": array})["a"]
    assert type(received) is np.ndarray
    assert received.shape == array.shape and received.dtype == array.dtype
    np.testing.assert_array_equal(received, array)


def test_numpy_scalars_become_plain_values():
    received = round_trip({"f": np.float64(2.5), "i": np.int32(-3), "b": np.bool_(True)})
    assert float(received["f"]) == 2.5 and np.ndim(received["f"]) == 0
    assert received["i"] == -3 and type(received["i"]) is int
    assert received["b"] is True


def test_test_functions_travel_as_a_handle_without_coefficients():
    received = round_trip({"f": RemoteFunction(lambda x: 0.0)})["f"]
    assert isinstance(received, wire.FunctionSpec) and dict(received) == {}
    # the trusted side's function (it holds the coefficients) is never sent as one
    local = round_trip({"f": HarnessFunction("wave", np.ones(3), np.zeros(3))})["f"]
    assert isinstance(local, wire.Unsendable)


# -- what cannot be sent becomes a marker --------------------------------------------------

class _Hostile:
    """An object whose every attribute lookup fails, even for its type's name."""

    def __getattribute__(self, name):
        raise RuntimeError("no")


class _FloatLiar(float):
    def __eq__(self, other):
        return True


class _ArrayLiar(np.ndarray):
    pass


@pytest.mark.parametrize("value, described", [
    (np.array(["a", "b"]), "numpy array of dtype <U1"),
    (np.array([object()], dtype=object), "numpy array of dtype object"),
    (np.array([1 + 2j]), "numpy array of dtype complex128"),
    (np.array(["2020-01-01"], dtype="datetime64[D]"), "numpy array of dtype datetime64[D]"),
    (np.zeros(2, dtype=[("x", "f8")]), "numpy array of dtype"),
    ({1: "a"}, "dict with non-string keys"),
    (_FloatLiar(1.0), "_FloatLiar"),
    (np.zeros(3).view(_ArrayLiar), "_ArrayLiar"),
    (object(), "object"),
    ({1, 2}, "set"),
    (b"bytes", "bytes"),
    (lambda: None, "function"),
])
def test_unsendable_values_arrive_as_markers(value, described):
    received = round_trip({"v": [1, value]})["v"]
    assert received[0] == 1
    assert isinstance(received[1], wire.Unsendable)
    assert described in received[1].description


def test_a_value_that_breaks_encoding_raises_before_anything_is_written():
    # the worker turns this into an error reply ("the result could not be sent back")
    stream = io.BytesIO()
    with pytest.raises(RuntimeError):
        wire.send(stream, {"v": _Hostile()})
    assert stream.getvalue() == b""


@pytest.mark.parametrize("array", [
    np.zeros((3, 4)), np.array(1.5), np.arange(5), np.array([True, False]), np.zeros((0, 3)),
    np.ones((2, 2, 2), dtype=np.float32), np.array(7, dtype=np.int8),
    np.arange(6, dtype=">f8").reshape(2, 3), np.asfortranarray(np.arange(6.0).reshape(2, 3)),
    np.arange(4, dtype=np.uint16)[::2],
])
def test_an_array_frame_reads_back_as_numpy_reads_it(array):
    """The wire's fast reading of np.save's header gives what np.load gives: dtype, shape,
    values, and an array the receiver may change in place."""
    loaded, expected = wire._load_array(npy(array)), np.load(io.BytesIO(npy(array)))
    assert loaded.dtype == expected.dtype and loaded.shape == expected.shape
    assert np.array_equal(loaded, expected)
    assert loaded.flags.writeable


# -- the receiving side refuses what a hostile sender forges -------------------------------

def test_pickled_object_arrays_are_refused_without_unpickling():
    class Boom:
        def __reduce__(self):
            return (exec, ("raise SystemExit('unpickled!')",))

    payload = npy(np.array([Boom()], dtype=object), allow_pickle=True)
    with pytest.raises(wire.WireError, match="not numeric"):
        wire.receive(raw_message({"__arrays__": 1, "body": {"__array__": 0}}, payload))


@pytest.mark.parametrize("array", [
    np.array(["text"]), np.zeros(2, dtype=[("x", "f8"), ("y", "i4")]), np.array([1j]),
    np.zeros(2, dtype="datetime64[s]"), np.zeros(2, dtype="V8"),
])
def test_non_numeric_arrays_are_refused(array):
    message = raw_message({"__arrays__": 1, "body": {"__array__": 0}}, npy(array))
    with pytest.raises(wire.WireError, match="not numeric"):
        wire.receive(message)


def forged_shapes():
    """np.zeros(4)'s .npy with a huge shape: a longer header, and one of the same length
    (read by the wire's own header pattern, not numpy's reader)."""
    payload = npy(np.zeros(4))
    same_length = payload.replace(b"(4,), }" + b" " * 12, b"(9999999999999,), }")
    assert len(same_length) == len(payload)
    return [payload.replace(b"(4,)", b"(10000000000000,)".ljust(4)), same_length]


@pytest.mark.parametrize("payload", forged_shapes())
def test_a_forged_shape_is_refused_before_any_allocation(payload):
    message = raw_message({"__arrays__": 1, "body": {"__array__": 0}}, payload)
    tracemalloc.start()
    try:
        with pytest.raises(wire.WireError, match="does not match its header"):
            wire.receive(message)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10 * 2**20


@pytest.mark.parametrize("payload", [b"", b"not an npy file", npy(np.zeros(4))[:-8],
                                     npy(np.zeros(4)) + b"extra bytes"])
def test_truncated_or_padded_arrays_are_refused(payload):
    with pytest.raises(wire.WireError):
        wire.receive(raw_message({"__arrays__": 1, "body": {"__array__": 0}}, payload))


@pytest.mark.parametrize("header", [
    {"__arrays__": -1, "body": None},
    {"__arrays__": wire.MAX_ARRAYS + 1, "body": None},
    {"__arrays__": "3", "body": None},
    {"__arrays__": 0, "body": {"__array__": 0}},       # reference out of range
    {"__arrays__": 0, "body": {"__mystery__": 1}},     # unknown marker
    {"__arrays__": 0, "body": {"__dict__": [1, 2]}},   # wrong types inside a marker
    {"__arrays__": 0, "body": {"__float__": "not a float"}},
    {"__arrays__": 0},                                  # no body
    [1, 2, 3],                                          # not even a dict
])
def test_malformed_headers_are_refused(header):
    with pytest.raises(wire.WireError):
        wire.receive(raw_message(header))


def test_invalid_json_and_absurd_nesting_are_refused():
    with pytest.raises(wire.WireError):
        wire.receive(io.BytesIO(frame(b"{not json")))
    with pytest.raises(wire.WireError):
        wire.receive(io.BytesIO(frame(b"\xff\xfe\x00")))
    with pytest.raises(wire.WireError, match="RecursionError"):
        wire.receive(io.BytesIO(frame(b"[" * 100_000 + b"]" * 100_000)))


def test_a_closed_channel_is_an_eof():
    with pytest.raises(EOFError):
        wire.receive(io.BytesIO(b""))
    with pytest.raises(EOFError):
        wire.receive(io.BytesIO(struct.pack(">Q", 100) + b"short"))


# -- frame and message limits --------------------------------------------------------------

def test_a_frame_above_the_limit_is_refused_from_its_length_alone():
    stream = io.BytesIO(struct.pack(">Q", 2**40))  # announces a terabyte, sends nothing
    with pytest.raises(wire.WireError, match="larger than the limit"):
        wire.read_frame(stream, limit=1024)


def test_the_limit_bounds_the_whole_message_not_each_frame():
    # three arrays of 400 KB each: every frame is under 1 MB, the message is not
    arrays = [npy(np.zeros(50_000)) for _ in range(3)]
    header = {"__arrays__": 3, "body": [{"__array__": index} for index in range(3)]}
    assert len(wire.receive(raw_message(header, *arrays), limit=2**21)) == 3
    with pytest.raises(wire.WireError, match="larger than the limit"):
        wire.receive(raw_message(header, *arrays), limit=2**20)


def test_a_repeated_array_counts_every_time_it_is_sent():
    block = np.ones(2**17)  # 1 MB, sent 100 times: 100 MB on the wire, 1 MB in memory
    with pytest.raises(wire.WireError, match="more than the 64 MiB"):
        wire.send(io.BytesIO(), {"v": [block] * 100}, limit=64 * 2**20)


def test_send_with_a_limit_refuses_before_writing_anything():
    stream = io.BytesIO()
    with pytest.raises(wire.WireError, match="a result may take"):
        wire.send(stream, {"v": np.zeros(2**20)}, limit=2**20)
    assert stream.getvalue() == b"", "a refused message must leave the channel clean"
    wire.send(stream, {"v": np.zeros(2**10)}, limit=2**20)
    stream.seek(0)
    assert wire.receive(stream)["v"].shape == (2**10,)


def test_what_send_accepts_under_a_limit_receive_accepts_under_it():
    limit = 2**20
    message = {"v": [np.zeros(2**16 - 200), np.zeros(100)]}   # just under 1 MiB with headers
    stream = io.BytesIO()
    wire.send(stream, message, limit=limit)
    stream.seek(0)
    assert len(wire.receive(stream, limit)["v"]) == 2
