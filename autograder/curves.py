"""Training curves for the feedback page, taken from a case's outputs while it is graded.

The drivers of the questions that train something already return what training produced:
`losses` (hw2 `train`, hw3 `Neuron.train`, hw6 `fit_cubic`), `costs` (hw4 `optimize`,
`model`) and, for the hw5 optimizers, `next_w after step k` for every step k. This module
turns the student's outputs (from the sandbox) and the reference's (the same driver on the
same inputs, on the trusted side) into one small JSON-ready record:

    {"kind": "line", "x_label": "step", "y_label": "loss",
     "student": {"x": [...], "y": [...]} or None,
     "reference": {"x": [...], "y": [...]} or None}

or, for an optimizer, "kind": "path" with x and y the first two coordinates of w after
each step (a 1-entry w gives a "line" of w per step). At most MAX_POINTS points per series
(evenly thinned); values that are not finite become None (JSON has no NaN).
"""
import numpy as np

from .worker.protocol import NEXT_W_PREFIX as STEP_PREFIX

MAX_POINTS = 1000
CURVE_KEYS = (("losses", "loss"), ("costs", "cost"))


def has_curve(outputs):
    """True when `outputs` (a driver's dict) holds something this module can draw."""
    if not isinstance(outputs, dict):
        return False
    return any(key in outputs for key, _ in CURVE_KEYS) or any(
        isinstance(key, str) and key.startswith(STEP_PREFIX) for key in outputs)


def curve(got, expected, start=None):
    """The record above for the student's outputs `got` and the reference's `expected`
    (either may be None), or None when neither holds a curve. `start`, the optimizer's
    initial w, begins both trajectories when given."""
    for key, name in CURVE_KEYS:
        if _holds(got, key) or _holds(expected, key):
            x_label = "record (every 100 iterations)" if key == "costs" else "step"
            return {"kind": "line", "x_label": x_label, "y_label": name,
                    "student": _series(got, key), "reference": _series(expected, key)}
    student, reference = _trajectory(got, start), _trajectory(expected, start)
    if student is None and reference is None:
        return None
    kind, x_label, y_label = (student or reference)[0]
    return {"kind": kind, "x_label": x_label, "y_label": y_label,
            "student": student and student[1], "reference": reference and reference[1]}


def _holds(outputs, key):
    return isinstance(outputs, dict) and key in outputs


def _series(outputs, key):
    if not _holds(outputs, key):
        return None
    values = _floats(outputs[key])
    if values is None or values.size == 0:
        return None
    steps = np.arange(values.size)
    return _thinned(steps, values)


def _trajectory(outputs, start=None):
    """((kind, x label, y label), {"x", "y"}) from the hw5 optimizer outputs (after `start`,
    step 0, when given), or None."""
    if not isinstance(outputs, dict):
        return None
    steps = sorted(int(key[len(STEP_PREFIX):]) for key in outputs
                   if isinstance(key, str) and key.startswith(STEP_PREFIX)
                   and key[len(STEP_PREFIX):].isdigit())
    points = [_floats(outputs[f"{STEP_PREFIX}{step}"]) for step in steps]
    if not points or any(point is None or point.size == 0 for point in points):
        return None
    start = None if start is None else _floats(start)
    if start is not None and start.size == points[0].size:
        steps, points = [0] + steps, [start] + points
    if all(point.size >= 2 for point in points):
        return (("path", "w[0]", "w[1]"),
                _thinned(np.array([point[0] for point in points]),
                         np.array([point[1] for point in points])))
    return (("line", "step", "w"),
            _thinned(np.array(steps, dtype=float), np.array([point[0] for point in points])))


def _floats(value):
    """`value` as a flat float64 array, or None when it is not numbers."""
    try:
        array = np.asarray(value, dtype=np.float64).reshape(-1)
    except (TypeError, ValueError):
        return None
    return array


def _thinned(x, y):
    """{"x": [...], "y": [...]} with at most MAX_POINTS evenly spaced points (first and last
    kept); non-finite values become None."""
    if x.size > MAX_POINTS:
        keep = np.unique(np.linspace(0, x.size - 1, MAX_POINTS).round().astype(int))
        x, y = x[keep], y[keep]
    return {"x": _finite_list(x), "y": _finite_list(y)}


def _finite_list(array):
    return [float(value) if np.isfinite(value) else None for value in array.tolist()]
