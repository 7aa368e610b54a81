"""Before a grading process grades anything: which sandbox, checked to start a worker and
to read the inputs and data folders, and matplotlib's font cache built once for its workers.

A batch (batch.py), a Dask worker (cluster.py) and `nngrader mutants` all prepare the same
way; a sandbox that cannot be used is a SandboxUnavailable, and nothing is graded.
"""
import logging
import os
import subprocess
import sys
from pathlib import Path

from . import defaults
from .faults import GraderFault, SandboxUnavailable
from .i18n import language, tr, worker_text
from .sandbox import bubblewrap_available
from .session import WorkerSession, check_sandbox

PREFLIGHT_TIMEOUT = 60.0  # seconds for the sandbox check to start a worker and run `pass`
LOG = logging.getLogger(__name__)


def use_bubblewrap(choice, lang=defaults.LANG):
    """Whether submissions run in bubblewrap under --sandbox `choice`; without bwrap,
    "auto" logs a warning (in `lang`) and runs them unsandboxed."""
    if choice == "none":
        return False
    if choice == "bubblewrap" and not bubblewrap_available():
        raise SandboxUnavailable(tr("--sandbox bubblewrap was asked for, but `bwrap` is not "
                                    "installed (apt-get install bubblewrap)", lang))
    if not bubblewrap_available():
        LOG.warning(tr("bubblewrap (bwrap) is not installed, so submissions run without the "
                       "sandbox: they can read files and use the network (docs/SECURITY.md). "
                       "Install it with `apt-get install bubblewrap`, or pass `--sandbox none` "
                       "to silence this warning.", lang))
        return False
    return True


def preflight(inputs_dir, data_dir, sandboxed, lang=defaults.LANG):
    """Raise SandboxUnavailable unless a worker starts, runs a trivial cell and can read
    the inputs and data folders; return the line saying which sandbox was checked. The
    line and the faults' messages are in `lang` (English for "auto", as the batch's lines)."""
    with language(lang):
        try:
            checked = check_sandbox(inputs_dir, data_dir, sandboxed, timeout=PREFLIGHT_TIMEOUT)
        except SandboxUnavailable as error:
            raise SandboxUnavailable(tr("{problem} Nothing was graded.", problem=error)) from None
        _check_folders_readable(inputs_dir, data_dir, sandboxed)
    return checked


# Runs in the sandbox, as the sandbox's uid: every file the notebooks may read must open.
_READ_EVERY_FILE = """
import os
unreadable = []
for variable in ("NNGRADER_INPUTS", "NNGRADER_DATA"):
    root = os.environ.get(variable)
    if not root:
        continue
    for folder, _, files in os.walk(root, onerror=lambda error: unreadable.append(
            f"{error.filename}: {error.strerror}")):
        for name in files:
            try:
                open(os.path.join(folder, name), "rb").close()
            except OSError as error:
                unreadable.append(f"{os.path.join(folder, name)}: {error.strerror}")
if unreadable:
    raise PermissionError("; ".join(unreadable[:5]))
"""


def _check_folders_readable(inputs_dir, data_dir, sandboxed):
    """GraderFault unless the sandboxed worker can read the inputs and data folders (a data
    folder private to root would otherwise fail every notebook that reads it)."""
    session = WorkerSession(inputs_dir, data_dir, sandboxed)
    try:
        session.start(timeout=PREFLIGHT_TIMEOUT)
        reply = session.run_cell(0, _READ_EVERY_FILE, PREFLIGHT_TIMEOUT)
    except Exception as error:
        raise SandboxUnavailable(tr("the grading worker cannot start: {problem}",
                                    problem=error)) from None
    finally:
        session.close()
    if reply.status != "ok":
        raise GraderFault(tr("the sandboxed worker cannot read the data folder ({folder}) or "
                             "the grader's inputs: {problem}. Make them readable by everyone "
                             "(chmod -R a+rX), or see docs/SECURITY.md. Nothing was graded.",
                             folder=data_dir, problem=worker_text(reply.message)))


def build_matplotlib_cache(inputs_dir):
    """Build matplotlib's font cache once per batch; each worker copies it (worker/__main__).

    Python runs isolated (`-I`: no working directory, script folder, PYTHON* variables or
    user site on its path) in the new, empty cache folder, with a minimal environment: a
    `matplotlib.py` or `numpy.py` in the instructor's folder must never run here, as root.
    A cache that cannot be built only makes the workers slower.
    """
    cache = Path(inputs_dir) / "matplotlib"
    cache.mkdir(exist_ok=True)
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(cache),
           "MPLCONFIGDIR": str(cache), "MPLBACKEND": "Agg"}
    try:
        subprocess.run([sys.executable, "-I", "-c", "import matplotlib.pyplot"], env=env,
                       cwd=cache, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        pass
    for folder, _, files in os.walk(cache):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
