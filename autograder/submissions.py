"""Which files to grade and whose they are: the arguments of `nngrader grade` -> students.

An argument is a file, a folder (every notebook under it), or a glob pattern the shell
passed on unexpanded (`submissions/*.ipynb` when there is no such folder). An argument that
names nothing gradable is a problem reported by name; it never becomes a student.

A student's name comes from the layout (docs/INSTRUCTORS.md has the table):
  - nbgrader            .../submitted/<student>/<assignment>/<file>  -> <student>
  - a folder per student  <folder given>/<student>/.../<file>         -> <student>
  - Moodle, in folders  <Full Name>_<id>_assignsubmission_file_/<file> -> <Full Name>
  - Moodle, flat        <Full Name>_<id>_assignsubmission_file_<file>  -> <Full Name>
  - Canvas              <name>[_LATE]_<user id>_<submission id>_<file> -> <name>
  - anything else       <stem>.ipynb                                  -> <stem>
The name is the result's file name (`<name>.json`), so it is kept short enough for any
file system. Two different files of one student refuse that student only, by name.
"""
import glob
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import tr

NOTEBOOK_SUFFIX = ".ipynb"
SCRIPT_SUFFIX = ".py"
# result names get ".json" (or another engineer's ".html"); 255 bytes is the usual limit
MAX_NAME_BYTES = 200
_CANVAS = re.compile(r"^(?P<name>[^_]+?)(?:_LATE)?_(?P<user>\d+)_(?P<submission>\d+)_.+$")
_MOODLE_FILE = re.compile(r"^(?P<name>.+?)_(?P<id>\d+)_assignsubmission_file_.+$")
_MOODLE_FOLDER = re.compile(r"^(?P<name>.+?)_(?P<id>\d+)_assignsubmission_\w*?_?$")
_SKIPPED_FOLDERS = {"__pycache__", "__MACOSX"}


@dataclass(frozen=True)
class Submission:
    student: str    # names the result file: OUTDIR/<student>.json
    path: Path


@dataclass
class Selection:
    submissions: list = field(default_factory=list)   # [Submission], one per student
    problems: list = field(default_factory=list)      # sentences naming what is not graded


def select(arguments, lang="en"):
    """The submissions named by command-line `arguments` (paths, folders, patterns); the
    problems are sentences in `lang` ("en" or "zh")."""
    found, problems = [], []
    for argument in map(str, arguments):
        paths, problem = _expand(argument, lang)
        if problem:
            problems.append(problem)
        for path, root in paths:
            unreadable = _unreadable(path, lang)
            if unreadable:
                problems.append(unreadable)
            else:
                found.append(Submission(student_name(path, root), Path(path)))
    submissions, clashes = one_per_student(found, lang)
    return Selection(submissions, problems + clashes)


def one_per_student(submissions, lang="en"):
    """([Submission] with one file per student, [problem]): a student with two different
    files is left out, with a sentence (in `lang`) naming both (the same file twice is one
    file)."""
    files = {}
    for submission in submissions:
        files.setdefault(submission.student, {}).setdefault(
            os.path.realpath(submission.path), submission)
    kept, problems = [], []
    for student, by_file in files.items():
        if len(by_file) == 1:
            kept.extend(by_file.values())
        else:
            names = ", ".join(str(item.path) for item in by_file.values())
            problems.append(tr("{student} is not graded: {count} files belong to this "
                               "student ({names}); keep one, or give one of them alone", lang,
                               student=student, count=len(by_file), names=names))
    return kept, problems


def student_name(path, root=None):
    """The student a submission belongs to (see the module's docstring), as a file stem.

    path: the submission; root: the folder argument it was found under (None for a file
    given by itself).
    """
    path = Path(path)
    parts = path.parts
    if "submitted" in parts[:-1]:
        after = parts[len(parts) - 1 - parts[::-1].index("submitted"):]
        if len(after) >= 3:  # submitted/<student>/<assignment>/<file>
            return safe_name(after[1])
    if root is not None:
        inner = path.relative_to(root).parts
        if len(inner) >= 2:
            return safe_name(_from_moodle_folder(inner[0]))
    moodle = _MOODLE_FOLDER.match(path.parent.name)
    if moodle:
        return safe_name(moodle["name"])
    for pattern in (_MOODLE_FILE, _CANVAS):
        match = pattern.match(path.name)
        if match:
            return safe_name(match["name"])
    return safe_name(path.stem)


def _from_moodle_folder(name):
    match = _MOODLE_FOLDER.match(name)
    return match["name"] if match else name


def safe_name(name):
    """`name` usable as a file stem: no path separator or NUL, at most MAX_NAME_BYTES bytes
    (a longer name keeps its start and gets a short hash of the whole, so names stay unique)."""
    name = name.replace("/", "_").replace("\0", "_").strip() or "_"
    if name in (".", ".."):
        name = name.replace(".", "_")
    encoded = name.encode("utf-8", errors="surrogateescape")
    if len(encoded) <= MAX_NAME_BYTES:
        return name
    digest = hashlib.sha256(encoded).hexdigest()[:10]
    start = encoded[:MAX_NAME_BYTES - 11].decode("utf-8", errors="ignore")
    return f"{start}-{digest}"


def printable(text, keep_newlines=False):
    """`text` safe to print on a terminal: control characters (ANSI / OSC escapes start
    with ESC; a line break in a name could forge a line of output), bidirectional overrides
    and other invisible formatting become `\\x..` codes."""
    return "".join(char if (keep_newlines and char == "\n")
                   or unicodedata.category(char)[0] != "C"
                   else f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
                   for char in str(text))


def _expand(argument, lang):
    """([(path, folder root or None)], problem or None) for one argument."""
    try:
        mode = os.lstat(argument).st_mode
    except FileNotFoundError:
        if glob.has_magic(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                return [], tr("{argument}: the pattern matched no file", lang,
                              argument=argument)
            expanded, problems = [], []
            for match in matches:
                paths, problem = _expand(match, lang)
                expanded += paths
                problems += [problem] if problem else []
            return expanded, "; ".join(problems) or None
        return [], tr("{argument}: no such file or folder", lang, argument=argument)
    except OSError as error:
        return [], f"{argument}: {error.strerror}"
    if stat.S_ISDIR(mode) or (stat.S_ISLNK(mode) and os.path.isdir(argument)):
        files = notebooks_under(argument)
        if not files:
            return [], tr("{argument}: no notebook ({notebook}) or script ({script}) under "
                          "this folder", lang, argument=argument, notebook=NOTEBOOK_SUFFIX,
                          script=SCRIPT_SUFFIX)
        return [(path, Path(argument)) for path in files], None
    return [(Path(argument), None)], None  # a file given by name, whatever it is


def notebooks_under(folder):
    """Every notebook under `folder` (hidden folders and checkpoints skipped); when there
    is none, every `.py` script instead (a course that collects scripts)."""
    notebooks, scripts = [], []
    for parent, subfolders, files in os.walk(folder):
        subfolders[:] = sorted(name for name in subfolders
                               if not name.startswith(".") and name not in _SKIPPED_FOLDERS)
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.endswith(NOTEBOOK_SUFFIX):
                notebooks.append(Path(parent, name))
            elif name.endswith(SCRIPT_SUFFIX):
                scripts.append(Path(parent, name))
    return notebooks or scripts


def _unreadable(path, lang):
    """A sentence when the grader itself cannot read the regular file at `path`.

    Only regular files are opened (a FIFO would block); a link or a special file is the
    submission's problem and is reported in its result instead.
    """
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        os.close(descriptor)
    except OSError as error:
        return tr("{path}: cannot read it ({reason})", lang, path=path,
                  reason=error.strerror)
    return None
