"""Feedback pages, the class report, curves and the demo's material, without a browser
(tests/test_pages_browser.py renders real pages in Chromium)."""
import ast
import base64
import io
import json
import re
from pathlib import Path

import numpy as np

from autograder import curves
from autograder.demo import DEMO_CLASS, bug_cells, stubbed
from autograder.pages import refresh_pages, write_feedback_page
from autograder.pages.class_report import class_page, mistakes_of
from autograder.pages.feedback import feedback_page
from autograder.questions import ASSIGNMENT_IDS, load_assignment

CORPORA = Path(__file__).parent / "corpora"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _case(number, passed, label="a case", mistake=None, feedback=None, curve=None):
    """A case record; `mistake` goes to its question's named mistakes (_result)."""
    return {"number": number, "label": label, "hidden": number > 1, "passed": passed,
            "feedback": feedback, "curve": curve, "_mistake": mistake}


def _result(score, cases_by_question, output="", **top):
    tests = []
    for name, (points, cases) in cases_by_question.items():
        earned = points * sum(case["passed"] for case in cases) / len(cases)
        mistakes = []
        for case in cases:
            mistake = case.pop("_mistake", None)
            if mistake and mistake not in mistakes:
                mistakes.append(mistake)
        tests.append({"name": name, "score": earned, "max_score": points,
                      "output": "", "visibility": "visible",
                      "extra_data": {"cases": cases, "mistakes": mistakes}})
    return {"score": score, "output": output, "tests": tests,
            "extra_data": {"assignment": "hw3_neuron"}, **top}


def _line_curve(student, reference):
    return curves.curve({"losses": student}, {"losses": reference})


def test_feedback_page_shows_scores_cases_mistake_and_escapes_everything():
    mistake = {"name": "gradient ascent", "advice": "step against the gradient."}
    failed = _case(2, False, label=HOSTILE, mistake=mistake,
                   feedback=f"`losses`: expected 0.1, got {HOSTILE}. This looks like a known "
                            "mistake, gradient ascent: step against the gradient.",
                   curve=_line_curve([1.0, 2.0, 4.0], [1.0, 0.5, 0.25]))
    result = _result(1.0, {"neuron": (4.0, [_case(1, True, label="feedforward"), failed])},
                     output=f"Code cell 3 was skipped: it raised {HOSTILE}")
    html = feedback_page(result, HOSTILE)
    assert "<script" not in html.lower() and "<img src=x" not in html  # inert text only
    assert "&lt;script&gt;" in html
    assert "gradient ascent" in html and "step against the gradient." in html
    assert html.count("This looks like a known mistake") == 0  # said once, in the box
    assert "expected 0.1, got" in html
    assert re.search(r"neuron &mdash; 2 / 4", html)
    assert "feedforward" in html
    assert len(re.findall(r'<img class="plot" src="data:image/png;base64,', html)) == 1
    assert "http://" not in html and "https://" not in html  # nothing fetched from outside


def test_feedback_page_of_a_grader_fault_shows_no_score():
    result = _result(0.0, {"neuron": (4.0, [_case(1, False)])}, output="sandbox failed",
                     status="error")
    html = feedback_page(result, "alice")
    assert "Not graded" in html and "sandbox failed" in html
    assert 'class="total"' not in html


def test_where_to_look_names_the_defining_cell(tmp_path):
    notebook = tmp_path / "alice.py"
    notebook.write_text("# %%\nimport numpy as np\n\n# %%\nclass Neuron:\n    pass\n\n"
                        "# %%\ndef sigmoid(x):\n    return x\n")
    result_file = tmp_path / "out" / "alice.json"
    result_file.parent.mkdir()
    result = _result(0.0, {"neuron": (4.0, [_case(1, False, feedback="wrong")]),
                           "sigmoid": (1.0, [_case(1, True)])})
    result_file.write_text(json.dumps(result))
    page = write_feedback_page(result_file, notebook, load_assignment("hw3_neuron"))
    html = page.read_text()
    assert page == tmp_path / "out" / "alice.html"
    assert "code cell 2" in html and "class Neuron:" in html
    assert "def sigmoid" not in html  # full marks there: nothing to look at


def test_class_report_counts_students_per_mistake_and_keeps_faults_apart(tmp_path):
    ascent = {"name": "gradient ascent", "advice": "step downhill."}
    every_10 = {"name": "loss recorded every 10 epochs only", "advice": "one per epoch."}
    results = {
        # a mistake seen in two cases of one student counts once
        "ann": _result(1.0, {"neuron": (4.0, [_case(1, False, mistake=ascent),
                                              _case(2, False, mistake=ascent)])}),
        "bob": _result(1.0, {"neuron": (4.0, [_case(1, False, mistake=ascent),
                                              _case(2, True)])}),
        "cid": _result(2.0, {"neuron": (4.0, [_case(1, False, mistake=every_10),
                                              _case(2, True)])}),
        "dan": _result(4.0, {"neuron": (4.0, [_case(1, True), _case(2, True)])}),
        "eve": _result(0.0, {"neuron": (4.0, [_case(1, False)])}, status="error",
                       output="the sandbox could not start"),
    }
    for name, result in results.items():
        (tmp_path / f"{name}.json").write_text(json.dumps(result))
    (tmp_path / "other.json").write_text(json.dumps(
        {**results["dan"], "extra_data": {"assignment": "hw1_gradients"}}))
    assignment = load_assignment("hw3_neuron")
    # only two of them in this batch: the report still covers every result file
    report = refresh_pages(tmp_path, ["ann.ipynb", "dan.ipynb"], assignment).read_text()
    rows = dict((mistake, int(count)) for count, mistake in re.findall(
        r'<td class="number">(\d+)</td><td>neuron</td><td><strong>([^<]*)</strong>', report))
    assert rows == {"gradient ascent": 2, "loss recorded every 10 epochs only": 1}
    assert "4 graded submissions, 1 not graded" in report
    faults = report.split("<h2>Grader faults</h2>")[1].split("<h2>")[0]
    assert "eve" in faults and "the sandbox could not start" in faults
    submissions = report.split("<h2>Submissions</h2>")[1]
    assert "eve" not in submissions and "other" not in submissions
    assert all(f'href="{name}.html"' in submissions for name in ("ann", "bob", "cid", "dan"))
    assert (tmp_path / "ann.html").exists() and (tmp_path / "dan.html").exists()
    assert not (tmp_path / "bob.html").exists()  # not in this batch


def test_mistakes_are_read_from_feedback_text_when_a_result_has_no_case_records():
    result = {"score": 0, "tests": [{"name": "softmax", "score": 0, "max_score": 2,
                                     "output": "FAILED  hidden case 1 (x): overflow. This "
                                               "looks like a known mistake, no max "
                                               "subtraction: subtract the row max."}]}
    assert mistakes_of(result) == {("softmax", "no max subtraction"): "subtract the row max."}


def test_class_report_escapes_names(tmp_path):
    result = _result(1.0, {"neuron": (4.0, [_case(1, True)])})
    html = class_page([(HOSTILE, result)], [("neuron", 4.0)], "hw3_neuron")
    assert "<script" not in html and "&lt;script&gt;" in html


def test_curves_are_bounded_finite_and_compare_student_with_reference():
    long = np.linspace(1, 0, 5000)
    record = curves.curve({"losses": np.r_[long[:-1], np.nan]}, {"losses": long})
    assert record["kind"] == "line" and record["y_label"] == "loss"
    assert len(record["student"]["y"]) == curves.MAX_POINTS == len(record["reference"]["x"])
    assert record["student"]["x"][-1] == 4999 and record["student"]["y"][-1] is None
    json.dumps(record, allow_nan=False)
    assert curves.curve({"losses": "not numbers"}, {"losses": [1.0]})["student"] is None
    assert curves.curve({"out": 1.0}, {"out": 1.0}) is None
    steps = {f"next_w after step {k}": np.array([k, -k, 0.5]) for k in (1, 2, 3)}
    path = curves.curve(steps, None, start=np.zeros(3))
    assert path["kind"] == "path" and path["reference"] is None
    assert path["student"] == {"x": [0.0, 1.0, 2.0, 3.0], "y": [0.0, -1.0, -2.0, -3.0]}


def test_plots_are_real_images():
    from PIL import Image

    html = feedback_page(_result(0.0, {"neuron": (4.0, [_case(
        1, False, curve=_line_curve([1, 2, 3], [3, 2, 1]))])}), "ann")
    uri = re.search(r'src="data:image/png;base64,([^"]+)"', html).group(1)
    pixels = np.asarray(Image.open(io.BytesIO(base64.b64decode(uri))).convert("L"), float)
    assert pixels.std() > 10


def test_demo_class_bugs_live_in_one_home_and_do_not_describe_themselves():
    """The demo's bug cells are corpus variants kept only in the package (test_corpora
    grades them from there); what each bug is lives in their expected.json, not in the
    cell a student sees on the demo's feedback pages."""
    for assignment_id in ASSIGNMENT_IDS:
        cells = bug_cells(assignment_id)
        assert 2 <= len(cells) <= 3, assignment_id
        expected = json.loads((DEMO_CLASS / assignment_id / "expected.json").read_text())
        assert sorted(expected) == sorted(f"{name}.py" for name in cells)
        for name, source in cells.items():
            entry = expected[f"{name}.py"]
            assert entry["score"] < load_assignment(assignment_id).question(
                entry["question"]).points, f"{name} is not a bug"
            assert entry["bug"], f"{name}: what the bug is"
            assert not ast.get_docstring(ast.parse(source)), f"{name} describes its bug"
            assert not (CORPORA / assignment_id / f"{name}.py").exists(), f"{name}: two copies"
    assert sorted(path.name for path in DEMO_CLASS.iterdir()) == sorted(ASSIGNMENT_IDS)


def test_stubbed_source_raises_not_implemented():
    namespace = {}
    exec(stubbed('def f(x):\n    """Doc."""\n    return x\n\nclass C:\n'
                 '    def m(self):\n        return 1\n'), namespace)
    assert namespace["f"].__doc__ == "Doc."
    for call in (lambda: namespace["f"](1), lambda: namespace["C"]().m()):
        try:
            call()
        except NotImplementedError:
            continue
        raise AssertionError("a stub ran")


def test_named_mistakes_come_from_the_feedback_lines_not_the_closest_guess():
    from autograder.case_details import named_mistakes

    question = load_assignment("hw3_neuron").question("neuron")
    first, second = question.mistakes[0], question.mistakes[1]
    one = [None, f"wrong. This looks like a known mistake, {first.name}: {first.advice}"]
    both = [f"wrong. This looks like one of these known mistakes: {first.name} (x); or "
            f"{second.name} (y).", "wrong"]
    closest = [f"wrong. No known mistake explains every failed case; the closest is "
               f"{first.name} (x), but it differs on case 2"]
    assert named_mistakes(question, one) == [{"name": first.name, "advice": first.advice}]
    assert [m["name"] for m in named_mistakes(question, both)] == [first.name, second.name]
    assert named_mistakes(question, closest) == []
