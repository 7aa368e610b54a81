"""`nngrader verify`: re-grade submissions with the trusted engine, compare with otter / nbgrader.

otter-grader and nbgrader grade inside the kernel that ran the student's code (in_kernel.py),
where a submission can tamper with the grading code. This re-grades the same notebooks out
of band, in the sandbox, with the in-kernel seed (Assignment.seed, so the cases are the very
same), and lists every (submission, question) whose score differs from what a tool recorded:

    verify(assignment_id, submissions_dir, otter_results=None, nbgrader_db=None) -> Report

`submissions_dir` holds the notebooks either flat (`<name>.ipynb`, keyed by file stem, as
given to `otter grade`/`otter run`) or in nbgrader's layout (`<student>/<assignment_id>/
*.ipynb`, e.g. the course's submitted/ folder, keyed by student id).
`otter_results`: `final_grades.csv` written by `otter grade`, a folder of Gradescope-format
results (`<name>.json`, or `<name>/results.json` as `otter run -o <name>` writes), or one
results.json when the folder holds one submission. `nbgrader_db`: the course's gradebook.db
(SQLite); a question's score is the sum of its test cells (grade_id `<question>-case-<n>`).
"""
import csv
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import defaults
from .i18n import language, tr
from .in_kernel import seed_for
from .questions import load_assignment

TOLERANCE = 1e-3  # otter rounds to 5 decimals, nngrader to 4, nbgrader sums floats
SUBMISSION_SUFFIXES = (".ipynb", ".py")
OTTER_NON_QUESTIONS = {"Public Tests", "PDF Generation Failed", "Autograder Failed",
                       "Autograder Exception"}
OTTER_CSV_NON_QUESTIONS = {"file", "total_points_earned", "percent_correct", "grading_status"}


@dataclass(frozen=True)
class Disagreement:
    submission: str
    question: str
    tool: str                    # "otter" or "nbgrader"
    tool_score: float | None     # None: the tool has no score for it
    trusted_score: float | None  # None: no such submission or question here

    def __str__(self):
        return self.line("en")

    def line(self, lang=defaults.LANG):
        """The disagreement in `lang`; names, tools and scores stay as they are."""
        def shown(score):
            return tr("missing", lang) if score is None else f"{score:g}"
        return tr("{submission}: {question}: {tool} {tool_score}, nngrader {trusted_score}", lang,
                  submission=self.submission, question=self.question, tool=self.tool,
                  tool_score=shown(self.tool_score), trusted_score=shown(self.trusted_score))


@dataclass
class Report:
    assignment_id: str
    seed: int
    trusted: dict                                   # submission -> {question: score}
    tools: dict = field(default_factory=dict)       # tool -> submission -> {question: score}
    disagreements: list = field(default_factory=list)
    lang: str = defaults.LANG                       # what format() writes in ("auto": English)

    @property
    def ok(self):
        return not self.disagreements

    def format(self, lang=None):
        """The report's lines, in `lang` (default: the report's own)."""
        lang = lang or self.lang
        compared = ", ".join(sorted(self.tools)) or tr("no tool results", lang)
        lines = [tr("{assignment}: {count} submissions re-graded (seed {seed}), compared with "
                    "{tools}", lang, assignment=self.assignment_id, count=len(self.trusted),
                    seed=self.seed, tools=compared)]
        lines += [tr("  DISAGREE  {item}", lang, item=item.line(lang))
                  for item in self.disagreements]
        lines.append(tr("  every score agrees", lang) if self.ok else
                     tr("  {count} disagreement(s)", lang, count=len(self.disagreements)))
        return "\n".join(lines)


def verify(assignment_id, submissions_dir, otter_results=None, nbgrader_db=None, *,
           seed=None, data_dir=None, sandbox=defaults.SANDBOX, jobs=defaults.JOBS,
           tolerance=TOLERANCE, lang=defaults.LANG):
    """Re-grade `submissions_dir`; return a Report listing every disagreeing score.

    lang: the language of the report's lines and of the errors raised ("auto": English).
    """
    with language(lang):
        return _verify(assignment_id, submissions_dir, otter_results, nbgrader_db, seed,
                       data_dir, sandbox, jobs, tolerance, lang)


def _verify(assignment_id, submissions_dir, otter_results, nbgrader_db, seed, data_dir,
            sandbox, jobs, tolerance, lang):
    assignment = load_assignment(assignment_id)
    questions = [question.name for question in assignment.questions]
    seed = seed_for(assignment_id) if seed is None else int(seed)
    submissions = find_submissions(Path(submissions_dir), assignment_id)
    report = Report(assignment_id, seed, regrade(assignment_id, submissions, seed, data_dir,
                                                 sandbox, jobs, lang), lang=lang)
    if otter_results is not None:
        report.tools["otter"] = read_otter_results(Path(otter_results), list(submissions))
    if nbgrader_db is not None:
        report.tools["nbgrader"] = read_nbgrader_scores(Path(nbgrader_db), assignment_id)
    for tool, scores in sorted(report.tools.items()):
        report.disagreements += compare(tool, scores, report.trusted, questions, tolerance)
    return report


def find_submissions(folder, assignment_id):
    """name -> notebook path, flat (`<name>.ipynb`) or nbgrader (`<student>/<id>/*.ipynb`)."""
    nested = sorted(folder.glob(f"*/{assignment_id}/*.ipynb"))
    if nested:
        found = {}
        for path in nested:
            student = path.parent.parent.name
            if student in found:
                raise ValueError(tr("{student} has more than one notebook for {assignment}",
                                    student=student, assignment=assignment_id))
            found[student] = path
        return found
    return {path.stem: path for path in sorted(folder.iterdir())
            if path.suffix in SUBMISSION_SUFFIXES and path.is_file()}


def regrade(assignment_id, submissions, seed, data_dir=None, sandbox=defaults.SANDBOX,
            jobs=defaults.JOBS, lang=defaults.LANG):
    """name -> {question: score}, graded by `nngrader grade` with one seed for all (a
    batch that cannot grade at all raises in `lang`)."""
    from .batch import BatchOptions, grade_batch
    from .submissions import Submission

    with tempfile.TemporaryDirectory(prefix="nngrader-verify-") as work:
        staged = Path(work) / "submissions"
        staged.mkdir()
        paths = []
        for name, path in submissions.items():  # named by key: nbgrader's all share a name
            target = staged / f"{name}{path.suffix}"
            shutil.copyfile(path, target)
            paths.append(Submission(name, target))  # the key, never re-parsed as a layout
        options = BatchOptions(assignment_id, Path(work) / "results", jobs,
                               None if data_dir is None else Path(data_dir), sandbox, seed,
                               resume=False, lang=lang)
        rows = grade_batch(paths, options)
    return {name: {test["name"]: float(test["score"]) for test in result["tests"]}
            for name, result in rows}


def read_otter_results(path, names):
    """name -> {question: score} from otter grade's CSV or otter run's results JSON."""
    if path.is_file() and path.suffix == ".csv":
        return _otter_csv(path)
    if path.is_file():
        if len(names) != 1:
            raise ValueError(tr("{path} holds one result but there are {count} submissions: "
                                "give a folder of <name>.json or <name>/results.json",
                                path=path, count=len(names)))
        return {names[0]: _otter_json(path)}
    scores = {}
    for result in sorted(path.glob("*.json")):
        scores[result.stem] = _otter_json(result)
    for result in sorted(path.glob("*/results.json")):
        scores[result.parent.name] = _otter_json(result)
    return scores


def _otter_json(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    return {test["name"]: float(test["score"]) for test in data.get("tests", [])
            if test.get("name") not in OTTER_NON_QUESTIONS and test.get("score") is not None}


def _otter_csv(path):
    scores = {}
    with open(path, newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            name = row.get("file", "")
            if name == "points-per-question":
                continue
            for suffix in (*SUBMISSION_SUFFIXES, ".zip"):
                name = name[: -len(suffix)] if name.endswith(suffix) else name
            scores[name] = {column: float(value) for column, value in row.items()
                            if column not in OTTER_CSV_NON_QUESTIONS and value not in ("", None)}
    return scores


def read_nbgrader_scores(db_path, assignment_id):
    """student -> {question: score} from an nbgrader gradebook (test cells `<q>-case-<n>`)."""
    from .generate.nbgrader_cells import question_of
    from .extras import require

    Gradebook = require("nbgrader.api", "nbgrader",
                        "nngrader verify --nbgrader-db (reading the gradebook)").Gradebook

    scores = {}
    with Gradebook(f"sqlite:///{Path(db_path).resolve()}") as gradebook:
        for submission in gradebook.assignment_submissions(assignment_id):
            per_question = scores.setdefault(submission.student.id, {})
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    question = question_of(grade.name)
                    if question is not None:
                        per_question[question] = per_question.get(question, 0.0) + float(
                            grade.score or 0.0)
    return scores


def compare(tool, tool_scores, trusted, questions, tolerance=TOLERANCE):
    """Every (submission, question) where the tool's score is missing or differs."""
    found = []
    for name in sorted(set(trusted) | set(tool_scores)):
        ours, theirs = trusted.get(name), tool_scores.get(name)
        for question in questions:
            mine = None if ours is None else ours.get(question)
            other = None if theirs is None else theirs.get(question)
            if mine is None or other is None or abs(mine - other) > tolerance:
                found.append(Disagreement(name, question, tool, other, mine))
    return found
