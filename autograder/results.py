"""Writing results: Gradescope-format JSON per submission and grades.csv, atomically.

A file is written to a temporary name in the same folder and renamed over the old one, so
an interrupted batch never leaves a half-written result behind.
"""
import csv
import io
import json
import os
import tempfile
from pathlib import Path


def write_atomically(path, text):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def write_result(path, result):
    write_atomically(path, json.dumps(result, indent=2, sort_keys=False) + "\n")


def read_result(path):
    """A result file, or None when it is missing or unreadable (it will be graded again)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("tests"), list) else None


def grades_table(rows, question_names):
    """CSV text: one row per (submission name, result) with a column per question and total."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["submission", *question_names, "total"])
    for submission, result in rows:
        scores = {test["name"]: test["score"] for test in result["tests"]}
        writer.writerow([submission, *(_number(scores.get(name, 0.0)) for name in question_names),
                         _number(result["score"])])
    return buffer.getvalue()


def _number(value):
    return f"{float(value):.4g}"
