"""Writing results: Gradescope-format JSON per submission and grades.csv, atomically.

A file is written to a temporary name in the same folder and renamed over the old one, so
an interrupted batch never leaves a half-written result behind. The temporary name is
short and fixed in length (a result may already be named with 240 bytes), and files are
created with the permissions the user's umask gives any new file (0644 under 022).

A result has a status: "graded" (it has a score) or "error" (a fault of the grader: no
score at all; `grades.csv` leaves the cells empty and the next run grades it again).
"""
import csv
import io
import json
import os
import secrets
from pathlib import Path

from .submissions import printable

GRADED, ERROR = "graded", "error"
# the whole result of one submission, as JSON: feedback beyond this is cut, with a note
MAX_RESULT_BYTES = 1_000_000
# a spreadsheet evaluates a cell that starts with one of these (formula injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def write_atomically(path, text):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = _create_temporary(path.parent)
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


def _create_temporary(folder):
    """(descriptor, path) of a new file `.nngrader-<12 hex>.tmp` in `folder`, mode 0666
    less the umask (mkstemp would give 0600)."""
    while True:
        temporary = os.path.join(folder, f".nngrader-{secrets.token_hex(6)}.tmp")
        try:
            return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC,
                           0o666), temporary
        except FileExistsError:
            continue


def write_result(path, result):
    write_atomically(path, json.dumps(capped(result), indent=2, sort_keys=False) + "\n")


def read_result(path):
    """A result file, or None when it is missing or unreadable (it will be graded again)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("tests"), list) else None


def is_error(result):
    return result is None or result.get("status") == ERROR


def capped(result, limit=MAX_RESULT_BYTES):
    """`result` with its feedback texts cut so that the whole JSON stays under `limit` bytes.

    Each text (the overall output and each question's) gets an equal share of what the
    rest of the result leaves; a cut text ends with a note saying so.
    """
    if len(json.dumps(result)) <= limit:
        return result
    tests = [dict(test) for test in result.get("tests", [])]
    texts = [result.get("output") or ""] + [test.get("output") or "" for test in tests]
    skeleton = dict(result, output="", tests=[dict(test, output="") for test in tests])
    share = max((limit - len(json.dumps(skeleton))) // len(texts) - 200, 200)
    cut = [_cut(text, share) for text in texts]
    for test, text in zip(tests, cut[1:]):
        test["output"] = text
    return dict(result, output=cut[0], tests=tests)


def _cut(text, limit):
    """`text`, cut to at most about `limit` bytes of JSON, at a line end when there is one."""
    if len(json.dumps(text)) <= limit:
        return text
    keep = text
    while len(json.dumps(keep)) > limit:
        keep = keep[: len(keep) * limit // len(json.dumps(keep)) - 1]
    keep = keep[: keep.rfind("\n") + 1] or keep
    return (f"{keep}\n[... {len(text) - len(keep)} more characters of feedback cut: the "
            f"result of one submission is kept under {MAX_RESULT_BYTES} bytes]")


def grades_table(rows, question_names):
    """CSV text: one row per (student name, result) with a column per question and total.

    A result with status "error" (or none at all) has empty score cells: it was not graded.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["submission", *question_names, "total"])
    for submission, result in rows:
        name = spreadsheet_text(submission)
        if is_error(result):
            writer.writerow([name, *("" for _ in question_names), ""])
            continue
        scores = {test["name"]: test["score"] for test in result["tests"]}
        writer.writerow([name, *(_number(scores.get(name, 0.0)) for name in question_names),
                         _number(result["score"])])
    return buffer.getvalue()


def spreadsheet_text(text):
    """`text` that a spreadsheet shows as text, never evaluates: control characters (tab,
    line breaks, escapes) become visible codes, and a leading `= + - @` gets a `'` before
    it (OWASP's advice against CSV injection)."""
    text = printable(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def gradebook(outdir, assignment_id, latest):
    """[(student, result)] of every result for `assignment_id` in `outdir`, by name.

    latest: {student: result} of the batch just run; they replace what the folder held
    (a fault that could not be written still gets its row). Other students keep theirs, so
    grading one late submission into the folder updates one row.
    """
    rows = {}
    for path in sorted(Path(outdir).glob("*.json")):
        result = read_result(path)
        if result is not None and (result.get("extra_data") or {}).get(
                "assignment") == assignment_id:
            rows[path.stem] = result
    rows.update(latest)
    return sorted(rows.items(), key=lambda row: row[0].casefold())


def _number(value):
    return f"{float(value):.4g}"
