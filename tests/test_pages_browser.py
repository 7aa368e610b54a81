"""The pages in a real headless browser (Debian's Chromium), after a real grading run.

A small class of hw3_neuron is graded by grade_batch in the sandbox: the solved notebook
and a notebook with a known mistake in `Neuron.train` (gradient ascent), whose file name
and printed output carry HTML. Chromium loads the feedback page and the class report from
file:// and takes a screenshot: it must not be blank, and the plots must have drawn (the
plot colours are on screen in quantity). Without Chromium this fails: CI installs it
(`apt-get install -y chromium`, like bubblewrap).
"""
import base64
import io
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from autograder.batch import BatchOptions, grade_batch
from autograder.demo import bug_cells, solved_notebook
from autograder.pages.plots import HISTOGRAM_COLOR, STUDENT_COLOR

import nbformat

HOSTILE_NAME = "<script>alert(1)<!--ann"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--window-size=1200,2000"]


def chromium():
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("Chromium is needed for the browser test of the HTML pages: "
                    "apt-get install -y chromium (.ci/run installs it)")
    return found


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    work = tmp_path_factory.mktemp("pages")
    solved = solved_notebook("hw3_neuron")
    submissions = work / "submissions"
    submissions.mkdir()
    nbformat.write(solved, submissions / "solved.ipynb")
    buggy = nbformat.v4.new_notebook(metadata=solved.metadata, cells=list(solved.cells) + [
        nbformat.v4.new_code_cell(bug_cells("hw3_neuron")["bug_neuron_ascent"]),
        nbformat.v4.new_code_cell('raise ValueError("<script>alert(2)</script>")')])
    nbformat.write(buggy, submissions / f"{HOSTILE_NAME}.ipynb")
    outdir = work / "grades"
    grade_batch(sorted(str(path) for path in submissions.iterdir()),
                BatchOptions("hw3_neuron", outdir, jobs=2, progress=False))
    return outdir


def screenshot(page, tmp_path):
    png = tmp_path / f"{page.stem.encode().hex()}.png"
    subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                    f"--screenshot={png}", page.resolve().as_uri()],
                   check=True, capture_output=True, timeout=180)
    from PIL import Image

    return np.asarray(Image.open(png).convert("RGB"), dtype=float)


def pixels_of(image, color, tolerance=8):
    rgb = np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)
    return int(np.sum(np.all(np.abs(image - rgb) <= tolerance, axis=-1)))


def embedded_images(html):
    from PIL import Image

    return [np.asarray(Image.open(io.BytesIO(base64.b64decode(data))).convert("L"), float)
            for data in re.findall(r'src="data:image/png;base64,([^"]+)"', html)]


def test_pages_are_written_beside_the_results(graded):
    for name in ("solved", HOSTILE_NAME):
        assert (graded / f"{name}.json").exists() and (graded / f"{name}.html").exists()
    assert (graded / "class_report.html").exists()


def test_html_from_the_submission_is_inert(graded):
    for page in (graded / f"{HOSTILE_NAME}.html", graded / "class_report.html"):
        html = page.read_text()
        assert "<script" not in html.lower(), page.name
        assert "&lt;script&gt;alert(1)" in html


def test_feedback_page_renders_with_the_failed_case_and_its_plot(graded, tmp_path):
    page = graded / f"{HOSTILE_NAME}.html"
    html = page.read_text()
    assert "Known mistake: gradient ascent" in html
    images = embedded_images(html)
    assert images and all(image.std() > 10 for image in images)
    shot = screenshot(page, tmp_path)
    assert shot.std() > 20, "the screenshot is blank"
    assert pixels_of(shot, STUDENT_COLOR) > 150, "the student's curve did not draw"


def test_class_report_renders_with_its_plots(graded, tmp_path):
    page = graded / "class_report.html"
    html = page.read_text()
    assert re.search(r'<td class="number">1</td><td>neuron</td><td><strong>gradient ascent',
                     html)
    images = embedded_images(html)
    assert len(images) >= 2 and all(image.std() > 10 for image in images)
    shot = screenshot(page, tmp_path)
    assert shot.std() > 20, "the screenshot is blank"
    assert pixels_of(shot, HISTOGRAM_COLOR) > 1000, "the score histogram did not draw"
