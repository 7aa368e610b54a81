"""Which mutants behave exactly like the original on random inputs (run in a subprocess).

    equivalent_mutants(assignment_id, question_name, original, mutants, seed, timeout)
        -> [True / False per mutant source]

The cell sources (the original solution cell and its mutants) are executed here, not in
the grader's process: `python -m autograder.mutation.equivalence TASK.json` runs them and
prints one JSON line per mutant; a mutant that hangs past `timeout` seconds counts as not
equivalent, and one that kills the subprocess too (the rest are retried in a new one).

Inputs: the question's own cases (drivers and input generators, data-set cases skipped),
with two seeds (slow cases, those with a longer time budget, once); on the first
seed each float input of a small case is also tried on its own
scaled by 300 (large spreads), by 1e-9 (tiny values) and set to zero, so that a mutant
differing only where the cases do not look (a row spread past exp's range, A = 0.5,
gradients below epsilon) is not discarded as equivalent but graded, and shows up as a
survivor if the cases miss it. Outputs are equal when every number agrees to 1e-9
relative (nan equals nan) and the same exception types are raised.
"""
import copy
import json
import random
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

STRESS = (("x300", 300.0), ("x1e-9", 1e-9), ("zero", 0.0))
MAX_STRESSED_ELEMENTS = 1000
DEFAULT_CASE_TIMEOUT = 10.0  # Case.timeout's default: longer ones are slow cases


_EMPTY = None


def _empty_folder():
    """The subprocess's working directory, empty: `-m` puts the working directory first on
    sys.path, and a `numpy.py` in the instructor's folder would run as the grader."""
    global _EMPTY
    if _EMPTY is None:
        _EMPTY = tempfile.TemporaryDirectory(prefix="nngrader-empty-")
    return _EMPTY.name


def equivalent_mutants(assignment_id, question_name, original, mutants, seed=0, timeout=10.0):
    """[bool per mutant]: True when it matched the original on every input tried."""
    verdicts = [None] * len(mutants)
    start = 0
    while start < len(mutants):
        task = {"assignment": assignment_id, "question": question_name, "original": original,
                "mutants": mutants[start:], "seed": seed, "timeout": timeout}
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump(task, handle)
        try:
            process = subprocess.run(
                [sys.executable, "-m", "autograder.mutation.equivalence", handle.name],
                capture_output=True, text=True, cwd=_empty_folder(),
                timeout=60 + timeout * 2 * (len(mutants) - start))
            lines = process.stdout.splitlines()
        except subprocess.TimeoutExpired as expired:
            lines = (expired.stdout or b"").decode(errors="replace").splitlines() \
                if isinstance(expired.stdout, bytes) else (expired.stdout or "").splitlines()
        finally:
            Path(handle.name).unlink(missing_ok=True)
        done = 0
        for line in lines:
            try:
                reply = json.loads(line)
            except json.JSONDecodeError:
                continue
            verdicts[start + reply["index"]] = reply["equivalent"]
            done = reply["index"] + 1
        if done == 0 and lines and lines[0] == "original failed":
            return [False] * len(mutants)
        # the mutant after the last reply killed the subprocess: not equivalent
        if start + done < len(mutants):
            verdicts[start + done] = False
        start += done + 1
    return [bool(verdict) for verdict in verdicts]


# -- the subprocess -------------------------------------------------------------------------

def _namespace(assignment_id, source):
    """The reference namespace with the cell's definitions in it (the cell runs there)."""
    from ..questions import load_assignment

    names = {"np": np, "__name__": "__mutant__", **load_assignment(assignment_id).namespace()}
    exec(compile(source, "<cell>", "exec"), names)
    return names


def _input_sets(question, seed):
    """(case, inputs) pairs, cheap cases first (a differing mutant stops at its first
    difference): every case on a first seed with stressed copies of the small ones, then
    the cases of the default time budget on a second seed."""
    from ..questions.spec import Shared

    cases = sorted(enumerate(question.cases), key=lambda pair: pair[1].timeout)
    for round_number in range(2):
        for number, case in cases:
            if round_number and case.timeout > DEFAULT_CASE_TIMEOUT:
                continue  # a slow case (long training) runs once
            inputs = case.inputs(np.random.default_rng([seed, round_number, number]))
            if any(isinstance(value, Shared) for value in inputs.values()):
                continue
            yield case, inputs
            if round_number or _size(inputs) > MAX_STRESSED_ELEMENTS:
                continue
            for key, value in inputs.items():
                if _is_float(value):
                    for _, factor in STRESS:
                        yield case, {**inputs, key: _scaled(value, factor)}


def _size(inputs):
    return sum(np.size(value) for value in inputs.values() if _is_float(value))


def _is_float(value):
    if isinstance(value, float):
        return True
    return isinstance(value, np.ndarray) and value.dtype.kind == "f"


def _scaled(value, factor):
    return float(value) * factor if isinstance(value, float) else value * factor


def _outcome(namespace, question, case, inputs):
    from ..worker.drivers import DRIVERS

    np.random.seed(0)
    random.seed(0)
    try:
        with np.errstate(all="ignore"):
            return ("ok", DRIVERS[case.driver](namespace, dict(question.oracle),
                                               copy.deepcopy(inputs), **case.params))
    except _Timeout:
        raise
    except Exception as error:
        return ("raised", type(error).__name__)


def same(a, b):
    """Equal plain values: numbers to 1e-9 relative, nan equal to nan."""
    if isinstance(a, dict) or isinstance(b, dict):
        return isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys() and all(
            same(a[key], b[key]) for key in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)) and len(a) != len(b):
        return False
    try:
        x, y = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    except (TypeError, ValueError):
        if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
            return all(same(p, q) for p, q in zip(a, b))
        return type(a) is type(b) and a == b
    if type(a) is not type(b) and not (np.isscalar(a) and np.isscalar(b)):
        if {type(a), type(b)} - {list, tuple, np.ndarray, float, int, np.float64}:
            return False
    return x.shape == y.shape and bool(np.allclose(x, y, rtol=1e-9, atol=1e-300,
                                                   equal_nan=True))


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def main(task_path):
    from ..questions import load_assignment

    task = json.loads(Path(task_path).read_text())
    question = load_assignment(task["assignment"]).question(task["question"])
    try:
        original = _namespace(task["assignment"], task["original"])
        expected = [(case, inputs, _outcome(original, question, case, inputs))
                    for case, inputs in _input_sets(question, task["seed"])]
    except Exception:
        print("original failed", flush=True)
        return
    signal.signal(signal.SIGALRM, _alarm)
    for index, source in enumerate(task["mutants"]):
        equivalent = True
        signal.setitimer(signal.ITIMER_REAL, task["timeout"])
        try:
            mutant = _namespace(task["assignment"], source)
            for case, inputs, outcome in expected:
                got = _outcome(mutant, question, case, inputs)
                if got[0] != outcome[0] or not same(got[1], outcome[1]):
                    equivalent = False
                    break
        except (_Timeout, Exception):
            equivalent = False
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        print(json.dumps({"index": index, "equivalent": equivalent}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
