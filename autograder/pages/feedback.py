"""A student's feedback page: `grades/<student>.html` beside `grades/<student>.json`.

    feedback_page(result, name, assignment=None, submission=None) -> HTML text

From the Gradescope result alone: the total and each question's score; the known mistakes
named for a question (case_details.py) with their advice; every case passed or failed with
its label, and for a failed case the grader's sentence (what was expected and what came
back, as the result words it); the training curves the result recorded (student against
reference, curves.py). With the
declared `assignment` and the `submission` file: the code cell to look at for each
question that lost points (where.py). A result from a grader fault says so and shows no
score. A result without per-case records (an older kit, a file that could not be read)
shows each question's output text as it is.
"""
from .html import escape, number, page, score_bar
from .plots import curve_plot
from .where import definitions, where_to_look

MAX_PLOTS_PER_QUESTION = 2


def is_fault(result):
    """True for a grader fault's result: no score (faults.py)."""
    extra = result.get("extra_data") or {}
    return result.get("status") == "error" or bool(extra.get("error"))


def feedback_page(result, name, assignment=None, submission=None):
    extra = result.get("extra_data") or {}
    assignment_id = extra.get("assignment") or (assignment.id if assignment else "")
    tests = result.get("tests") or []
    possible = sum(float(test.get("max_score", 0)) for test in tests)
    parts = [f"<h1>{escape(name)}</h1>",
             f'<p class="subtitle">{escape(assignment_id)} &middot; feedback from nngrader</p>']
    if is_fault(result):
        parts.append('<div class="fault"><strong>Not graded: the grader failed on this '
                     "submission.</strong> This is not a score; it will be graded again. "
                     f"<pre>{escape(result.get('output', ''))}</pre></div>")
    else:
        parts.append(f'<div class="total">{number(result.get("score", 0))} / '
                     f"{number(possible)}</div>")
        if result.get("output"):
            parts.append("<p>While your notebook ran:</p>"
                         f"<pre>{escape(result['output'])}</pre>")
    parts.append(_summary_table(tests))
    contract = set(assignment.namespace()) if assignment is not None else set()
    found = definitions(submission) if submission is not None else {}
    for test in tests:
        parts.append(_question_section(test, contract, found, is_fault(result)))
    return page(f"{name}: {assignment_id} feedback", "\n".join(parts))


def _summary_table(tests):
    rows = []
    for test in tests:
        score, points = float(test.get("score", 0)), float(test.get("max_score", 0))
        rows.append(f'<tr><td><a href="#q-{escape(test.get("name", ""))}">'
                    f"{escape(test.get('name', ''))}</a></td>"
                    f'<td class="number">{number(score)} / {number(points)}</td>'
                    f"<td>{score_bar(score / points if points else 0)}</td></tr>")
    return ("<table><tr><th>question</th><th class=\"number\">score</th><th></th></tr>"
            + "".join(rows) + "</table>")


def _question_section(test, contract, found, fault):
    name = test.get("name", "")
    score, points = float(test.get("score", 0)), float(test.get("max_score", 0))
    parts = [f'<h2 id="q-{escape(name)}">{escape(name)} &mdash; {number(score)} / '
             f"{number(points)}</h2>"]
    extra = (test.get("extra_data") or {}) if not fault else {}
    cases = extra.get("cases")
    if score < points and found:
        parts.append(_where(name, contract, found))
    if not cases:
        parts.append(f"<pre>{escape(test.get('output', ''))}</pre>")
        return "\n".join(parts)
    mistakes = extra.get("mistakes") or []
    for mistake in mistakes:
        parts.append(f'<div class="mistake"><strong>Known mistake: '
                     f"{escape(mistake.get('name', ''))}.</strong> "
                     f"{escape(mistake.get('advice', ''))}</div>")
    plotted = _cases_to_plot(cases)
    parts.append('<ul class="cases">'
                 + "".join(_case_item(case, id(case) in plotted, mistakes) for case in cases)
                 + "</ul>")
    return "\n".join(parts)


def _where(name, contract, found):
    places = []
    for defined, cell, line in where_to_look(name, contract, found):
        if cell is None:
            places.append(f"your notebook does not define <code>{escape(defined)}</code> at "
                          "the top level of a code cell")
        else:
            places.append(f"code cell {cell} (counting code cells from the top) defines "
                          f"<code>{escape(defined)}</code>: <code>{escape(line)}</code>")
    return '<div class="where">Where to look: ' + "; ".join(places) + "</div>"


def _case_item(case, with_plot, mistakes):
    kind = "hidden" if case.get("hidden") else "public"
    label = (f'<span class="kind">{kind} case {escape(case.get("number", ""))}</span> '
             f"{escape(case.get('label', ''))}")
    plot = _plot(case) if with_plot else ""
    if case.get("passed"):
        return f'<li><span class="mark passed">&#10003;</span>{label}{plot}</li>'
    parts = [f'<li><span class="mark failed">&#10007;</span>{label}']
    feedback = case.get("feedback") or ""
    if len(mistakes) == 1:  # named in its box above the cases: say it once
        feedback = feedback.replace(f" This looks like a known mistake, {mistakes[0]['name']}: "
                                    f"{mistakes[0]['advice'].rstrip('.')}.", "")
    if feedback:
        parts.append(f"<pre>{escape(feedback)}</pre>")
    parts.append(plot + "</li>")
    return "".join(parts)


def _cases_to_plot(cases):
    """ids of the cases whose curve is drawn: failed cases first, at most
    MAX_PLOTS_PER_QUESTION per question; one when every case passed."""
    with_curves = sorted((case for case in cases if case.get("curve")),
                         key=lambda case: bool(case.get("passed")))
    failed = sum(not case.get("passed") for case in with_curves)
    return {id(case) for case in with_curves[:min(max(failed, 1), MAX_PLOTS_PER_QUESTION)]}


def _plot(case):
    kind = "hidden" if case.get("hidden") else "public"
    title = f"{kind} case {case.get('number')}: {case.get('label', '')}"
    try:
        uri = curve_plot(case["curve"], title)
    except Exception:  # a malformed curve record costs its plot, not the page
        return ""
    return (f'<img class="plot" src="{uri}" alt="training curve of {escape(title)}: your '
            'notebook against the reference">')
