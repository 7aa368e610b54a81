"""A Jupyter kernel that sees only what a student installs: numpy, matplotlib, ipykernel.

A venv without pip (made in about a second, no network) whose site-packages holds links to
the installed files of those three distributions and of everything they require, and a
kernelspec for its python in a private JUPYTER_PATH. Nothing else of the test environment
(otter-grader, h5py, nbgrader, the kit) can be imported in that kernel.
"""
import importlib.metadata as metadata
import json
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

from packaging.requirements import Requirement

STUDENT_PACKAGES = ("numpy", "matplotlib", "ipykernel")
KERNEL_NAME = "student"


def _key(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def distributions(roots=STUDENT_PACKAGES):
    """The installed distributions `roots` need, their requirements included (no extras)."""
    found, todo = {}, list(roots)
    while todo:
        name = todo.pop()
        if _key(name) in found:
            continue
        dist = metadata.distribution(name)
        found[_key(name)] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return list(found.values())


def make_student_kernel(folder: Path) -> Path:
    """Create the venv and kernelspec under `folder`; return the JUPYTER_PATH to use."""
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True).stdout.strip())
    installed = Path(sysconfig.get_path("purelib")).resolve()
    for dist in distributions():
        base = Path(dist.locate_file("")).resolve()
        tops = {Path(str(f)).parts[0] for f in dist.files or [] if not str(f).startswith("..")}
        for top in sorted(tops):
            source = base / top
            if source.exists() and not (site / top).exists() and base == installed:
                (site / top).symlink_to(source)
    spec = folder / "jupyter" / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [str(python), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "student (numpy, matplotlib, Jupyter)", "language": "python"}))
    return folder / "jupyter"
