"""The corpora: correct variants get full marks, realistic bugs lose points in their own
question only, and the feedback names the known mistake.

tests/corpora/<assignment>/expected.json maps each variant file to the question it
overrides, the exact score it earns there and, for a known mistake, a phrase the feedback
must contain. A submission is the reference solution's source with the variant appended as
a last cell, so every other question must keep full marks (no double jeopardy).

The bugs `nngrader demo` shows are corpus variants too, kept only where the demo ships
them: autograder/demo_class/<assignment>/, with their expected.json (which also says, in
`bug`, what each bug is, so the cell a student sees does not).
"""
import inspect
import json
from pathlib import Path

import pytest

from autograder.batch import BatchOptions, grade_batch
from autograder.demo import DEMO_CLASS
from autograder.questions import ASSIGNMENT_IDS, load_assignment

CORPORA = Path(__file__).parent / "corpora"
HOMES = (CORPORA, DEMO_CLASS)  # the demo's bugs live in the package only


def corpus(assignment_id):
    """{variant file name: (its path, its expected entry)} from every home."""
    found = {}
    for home in HOMES:
        path = home / assignment_id / "expected.json"
        entries = json.loads(path.read_text()) if path.exists() else {}
        for name, entry in entries.items():
            assert name not in found, f"{assignment_id}/{name} is in two homes"
            found[name] = (home / assignment_id / name, entry)
    return found


def perfect_source(assignment_id):
    """The reference's contract definitions as one percent-format script."""
    sources = [inspect.getsource(value)
               for value in load_assignment(assignment_id).namespace().values()]
    return "# %%\nimport numpy as np\n\n# %%\n" + "\n\n# %%\n".join(sources)


def corpus_ids():
    return [assignment_id for assignment_id in ASSIGNMENT_IDS
            if (CORPORA / assignment_id / "expected.json").exists()]


@pytest.fixture(scope="module", params=corpus_ids())
def graded_corpus(request, tmp_path_factory):
    assignment_id = request.param
    variants = corpus(assignment_id)
    expected = {name: entry for name, (_, entry) in variants.items()}
    work = tmp_path_factory.mktemp(assignment_id)
    base = perfect_source(assignment_id)
    submissions = []
    for name in sorted(expected):
        variant = variants[name][0].read_text()
        path = work / "submissions" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(base + "\n\n# %%\n" + variant)
        submissions.append(str(path))
    options = BatchOptions(assignment_id, work / "out", jobs=2, progress=False)
    rows = dict(grade_batch(submissions, options))
    return assignment_id, expected, rows


def test_every_question_has_a_corpus(graded_corpus):
    assignment_id, expected, _ = graded_corpus
    questions = [question.name for question in load_assignment(assignment_id).questions]
    for question in questions:
        entries = [entry for entry in expected.values() if entry["question"] == question]
        points = load_assignment(assignment_id).question(question).points
        correct = [entry for entry in entries if entry["score"] == points]
        wrong = [entry for entry in entries if entry["score"] < points]
        assert len(correct) >= 2, f"{question}: fewer than two correct variants"
        assert len(wrong) >= 3, f"{question}: fewer than three realistic bugs"


def test_corpus_scores(graded_corpus):
    assignment_id, expected, rows = graded_corpus
    assignment = load_assignment(assignment_id)
    problems = []
    for name, entry in expected.items():
        result = rows[Path(name).stem]
        for test in result["tests"]:
            question = assignment.question(test["name"])
            wanted = entry["score"] if test["name"] == entry["question"] else question.points
            if abs(test["score"] - wanted) > 1e-9:
                problems.append(f"{name}: {test['name']} scored {test['score']}, expected "
                                f"{wanted}\n{test['output']}")
            if test["name"] == entry["question"] and entry.get("mistake"):
                if entry["mistake"] not in test["output"]:
                    problems.append(f"{name}: feedback does not name {entry['mistake']!r}:\n"
                                    f"{test['output']}")
    assert not problems, "\n\n".join(problems)
