"""The class report an instructor reads: `OUTDIR/class_report.html` beside grades.csv.

    class_page(named_results, questions, assignment_id) -> HTML text
    results_in(outdir, assignment_id) -> [(name, result)] every result file of the folder

Built from every result file in the folder (grades.csv keeps rows across runs, so the
report must too): the distribution of totals, each question's mean and spread, the known
mistakes found across the class with how many students made each (and, per question, how
many lost points without a named mistake), grader faults listed apart (they are not
scores), and every submission with a link to its feedback page.
"""
import re
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import numpy as np

from ..results import read_result
from .feedback import is_fault
from ..i18n import current, declared, english, language, tr
from .html import escape, number, page, score_bar
from .plots import histogram_plot, question_plot

_MISTAKE_SENTENCE = re.compile(r"This looks like a known mistake, (.+?): (.*)$", re.MULTILINE)


def results_in(outdir, assignment_id):
    """[(name, result)] for every readable result file of `assignment_id` in `outdir`
    (a result without an assignment id is kept), sorted by name."""
    found = []
    for path in sorted(Path(outdir).glob("*.json")):
        if path.name.startswith("."):
            continue
        result = read_result(path)
        if result is None:
            continue
        recorded = (result.get("extra_data") or {}).get("assignment")
        if recorded in (None, assignment_id):
            found.append((path.stem, result))
    return found


def mistakes_of(result):
    """{(question, mistake name): advice} the result's feedback names, one per question and
    mistake however many cases showed it."""
    found = {}
    for test in result.get("tests") or []:
        extra = test.get("extra_data") or {}
        if "mistakes" in extra:
            for mistake in extra["mistakes"] or []:  # counted by the declared English
                name, advice = english(mistake.get("name")), english(mistake.get("advice", ""))
                found.setdefault((test.get("name"), declared(name)), declared(advice))
        else:  # a result without case records: read the feedback sentences
            for name, advice in _MISTAKE_SENTENCE.findall(test.get("output") or ""):
                found.setdefault((test.get("name"), name), advice)
    return found


def class_page(named_results, questions, assignment_id):
    """named_results: [(name, result)]; questions: [(question name, max points)]. In the
    language most results were graded in (extra_data.lang), English on a tie."""
    langs = Counter((result.get("extra_data") or {}).get("lang", "en")
                    for _, result in named_results)
    lang = "zh" if langs["zh"] > len(named_results) - langs["zh"] else "en"
    with language(lang):
        return _class_page(named_results, questions, assignment_id)


def _class_page(named_results, questions, assignment_id):
    graded = [(name, result) for name, result in named_results if not is_fault(result)]
    faults = [(name, result) for name, result in named_results if is_fault(result)]
    possible = sum(points for _, points in questions)
    totals = np.array([float(result.get("score", 0)) for _, result in graded])
    fractions = np.array([[_score(result, question) / points if points else 0.0
                           for question, points in questions] for _, result in graded],
                         dtype=float).reshape(len(graded), len(questions))
    subtitle = tr("{graded} graded submissions", graded=len(graded))
    if faults:
        subtitle += tr(", {faults} not graded (grader faults, listed below)", faults=len(faults))
    parts = [f"<h1>{escape(tr('Class report: {assignment}', assignment=assignment_id))}</h1>",
             f'<p class="subtitle">{escape(subtitle)}</p>']
    if graded:
        parts.append("<p>" + escape(tr(
            "Median {median} / {possible}, mean {mean}, lowest {lowest}, highest {highest}.",
            median=number(np.median(totals)), possible=number(possible),
            mean=number(totals.mean()), lowest=number(totals.min()),
            highest=number(totals.max()))) + "</p>")
        parts.append(f"<h2>{escape(tr('Score distribution'))}</h2>"
                     f'<img class="plot" src="{histogram_plot(totals, possible)}" '
                     f'alt="{escape(tr("histogram of total scores"))}">')
        parts.append(_questions_section(fractions, questions))
    else:
        parts.append(f"<p>{escape(tr('No submission has a score yet.'))}</p>")
    parts.append(_mistakes_section(graded, fractions, questions))
    parts.append(_faults_section(faults))
    parts.append(_submissions_section(graded, questions, possible))
    return page(tr("Class report: {assignment}", assignment=assignment_id), "\n".join(parts),
                lang=current())


def _score(result, question):
    for test in result.get("tests") or []:
        if test.get("name") == question:
            return float(test.get("score", 0))
    return 0.0


def _questions_section(fractions, questions):
    rows = []
    for q, (name, points) in enumerate(questions):
        scores = fractions[:, q] * points
        rows.append(f"<tr><td>{escape(name)}</td><td class=\"number\">{number(points)}</td>"
                    f'<td class="number">{number(scores.mean())}</td>'
                    f'<td class="number">{number(scores.std())}</td>'
                    f'<td class="number">{number(scores.min())}&ndash;{number(scores.max())}'
                    f'</td><td class="number">{np.mean(fractions[:, q] >= 1 - 1e-9):.0%}</td>'
                    f"<td>{score_bar(fractions[:, q].mean())}</td></tr>")
    names = [name for name, _ in questions]
    headings = "".join(f'<th class="number">{escape(heading)}</th>' for heading in (
        tr("points"), tr("mean"), tr("std"), tr("range"), tr("full marks")))
    spread = escape(tr("spread of scores per question"))
    return (f"<h2>{escape(tr('Questions'))}</h2><table><tr><th>{escape(tr('question'))}</th>"
            f"{headings}<th></th></tr>" + "".join(rows) + "</table>"
            f'<img class="plot" src="{question_plot(fractions, names)}" alt="{spread}">')


def _mistakes_section(graded, fractions, questions):
    counts, advice = Counter(), {}
    named_by_question = Counter()
    for _, result in graded:
        found = mistakes_of(result)
        counts.update(found.keys())
        advice.update(found)
        named_by_question.update({question for question, _ in found})
    order = {name: q for q, (name, _) in enumerate(questions)}
    rows = [f"<tr><td class=\"number\">{count}</td><td>{escape(question)}</td>"
            f"<td><strong>{escape(mistake)}</strong></td>"
            f"<td class=\"muted\">{escape(advice[(question, mistake)])}</td></tr>"
            for (question, mistake), count in sorted(
                counts.items(), key=lambda item: (-item[1], order.get(item[0][0], 99)))]
    lost = []
    for q, (name, _) in enumerate(questions):
        below = int(np.sum(fractions[:, q] < 1 - 1e-9)) if len(graded) else 0
        unnamed = below - named_by_question[name]
        if unnamed > 0:
            lost.append(f"<tr><td class=\"number\">{unnamed}</td><td>{escape(name)}</td>"
                        f"<td colspan=\"2\">"
                        f"{escape(tr('lost points with no known mistake named (see their pages)'))}"
                        "</td></tr>")
    if not rows and not lost:
        return (f"<h2>{escape(tr('Known mistakes'))}</h2>"
                f"<p>{escape(tr('No known mistake was found.'))}</p>")
    how = escape(tr("How many students made each mistake (a student counts once per "
                    "mistake): what to reteach."))
    return (f"<h2>{escape(tr('Known mistakes'))}</h2><p>{how}"
            f"</p><table><tr><th class=\"number\">{escape(tr('students'))}</th>"
            f"<th>{escape(tr('question'))}</th><th>{escape(tr('mistake'))}</th>"
            f"<th>{escape(tr('advice given'))}</th></tr>"
            + "".join(rows + lost) + "</table>")


def _faults_section(faults):
    if not faults:
        return ""
    rows = [f"<tr><td>{_link(name)}</td><td><pre>{escape(result.get('output', ''))}</pre>"
            "</td></tr>" for name, result in faults]
    why = escape(tr("These submissions were not graded: the grader failed, not the student. "
                    "They have no score, are left out of every figure above, and are graded "
                    "again on the next run."))
    return (f"<h2>{escape(tr('Grader faults'))}</h2><div class=\"fault\">{why}</div><table>"
            f"<tr><th>{escape(tr('submission'))}</th><th>{escape(tr('what failed'))}</th></tr>"
            + "".join(rows) + "</table>")


def _submissions_section(graded, questions, possible):
    header = "".join(f'<th class="number">{escape(name)}</th>' for name, _ in questions)
    rows = []
    for name, result in graded:
        cells = "".join(f'<td class="number">{number(_score(result, question))}</td>'
                        for question, _ in questions)
        rows.append(f"<tr><td>{_link(name)}</td>{cells}<td class=\"number\">"
                    f"<strong>{number(result.get('score', 0))}</strong></td></tr>")
    total = escape(tr("total / {possible}", possible=number(possible)))
    return (f"<h2>{escape(tr('Submissions'))}</h2><table><tr><th>{escape(tr('submission'))}</th>{header}"
            f'<th class="number">{total}</th></tr>' + "".join(rows) + "</table>")


def _link(name):
    return f'<a href="{escape(quote(name))}.html">{escape(name)}</a>'
