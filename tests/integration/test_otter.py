"""otter-grader, for real: the zip `otter generate` makes, graded by `otter run`.

otter run executes the notebook in a Jupyter kernel and then the zip's hidden tests, which
call autograder.in_kernel.check_case; its per-question scores must be nngrader grade's on
the same notebooks (same seed). A notebook that fakes its grade from inside the kernel gets
full marks from otter, and `verify` flags it. (The public checks are the notebook's own
check cells and need no otter: tests/test_student_notebooks.py.)
"""
import json
import zipfile
from concurrent.futures import ThreadPoolExecutor

import nbformat

from autograder.generate.otter_zip import write_otter_zip
from autograder.questions import load_assignment
from autograder.verify import verify
from realtools import (ASSIGNMENT, MISTAKES, ROOT, assert_same_scores, cheater, nngrader_scores,
                       run, tool, write_submissions)

# gradient_precedence: the oracle must reach the notebook's functions through doctest's copy
OTTER_MISTAKES = ("softmax_no_shift", "gradient_precedence")
QUESTIONS = {question.name: question.points for question in load_assignment(ASSIGNMENT).questions}


def otter_run(autograder, submission, outdir):
    outdir.mkdir(parents=True)
    run([tool("otter"), "run", "-a", str(autograder), "-o", str(outdir), str(submission)])
    tests = json.loads((outdir / "results.json").read_text())["tests"]
    return {test["name"]: test["score"] for test in tests if test["name"] in QUESTIONS}


def test_zip_is_otters_reproducible_and_scored_like_nngrader(tmp_path):
    first = write_otter_zip(ASSIGNMENT, ROOT, out=tmp_path / "a")
    second = write_otter_zip(ASSIGNMENT, ROOT, out=tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = set(archive.namelist())
        assert {"run_autograder", "run_otter.py", "setup.sh", "environment.yml",
                "otter_config.json", "files/nngrader_hidden.py",
                "files/nngrader_kit/autograder/in_kernel.py"} <= names
        assert not any(name.startswith("files/nngrader_kit/autograder/generate/") for name in names)
        assert "numpy>=1.24" in archive.read("environment.yml").decode()
        for question, points in QUESTIONS.items():
            spec = {}
            exec(archive.read(f"tests/{question}.py").decode(), spec)
            cases = spec["test"]["suites"][0]["cases"]
            assert len(cases) == len(load_assignment(ASSIGNMENT).question(question).cases)
            assert abs(sum(spec["test"]["points"]) - points) < 1e-9


def test_otter_run_gives_nngrader_scores_and_verify_catches_a_cheat(tmp_path):
    autograder = write_otter_zip(ASSIGNMENT, ROOT, out=tmp_path)
    submissions = write_submissions(tmp_path / "submissions", OTTER_MISTAKES)
    submissions["cheater"] = tmp_path / "submissions" / "cheater.ipynb"
    nbformat.write(cheater("otter"), submissions["cheater"])
    with ThreadPoolExecutor(2) as pool:  # otter run grades one notebook per call
        otter = dict(zip(submissions, pool.map(
            lambda item: otter_run(autograder, item[1], tmp_path / "otter" / item[0]),
            submissions.items())))
    trusted = nngrader_scores(list(submissions.values()), tmp_path / "nngrader")
    assert otter["perfect"] == QUESTIONS, "the solved notebook must get full marks"
    for name in OTTER_MISTAKES:
        costly = MISTAKES[name][1]
        lost = {q for q, score in trusted[name].items() if score < QUESTIONS[q]}
        assert lost == costly, f"{name} should cost points in {costly} only, cost {lost}"
    honest = {name: scores for name, scores in trusted.items() if name != "cheater"}
    assert_same_scores(otter, honest, "otter run")

    # The cheat (a stub notebook that patches otter's doctest runner) must not earn points
    # from the trusted engine. Whatever otter gave it, verify lists exactly the questions
    # where otter disagrees; a results file edited to full marks (the tampering a kernel-side
    # grader cannot rule out) is flagged on every question.
    assert sum(trusted["cheater"].values()) == 0
    results = tmp_path / "otter" / "cheater" / "results.json"
    report = verify(ASSIGNMENT, tmp_path / "submissions", otter_results=tmp_path / "otter")
    assert sorted((item.submission, item.question) for item in report.disagreements) == sorted(
        ("cheater", question) for question in QUESTIONS
        if otter["cheater"][question] != trusted["cheater"][question]), report.format()
    tampered = json.loads(results.read_text())
    for test in tampered["tests"]:
        test["score"] = test.get("max_score", test.get("score"))
    results.write_text(json.dumps(tampered))
    report = verify(ASSIGNMENT, tmp_path / "submissions", otter_results=tmp_path / "otter")
    assert sorted((item.submission, item.question) for item in report.disagreements) == sorted(
        ("cheater", question) for question in QUESTIONS), report.format()
