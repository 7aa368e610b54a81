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
from ..i18n import current, language, tr
from .html import escape, number, page, score_bar
from .plots import curve_plot
from .where import definitions, where_to_look

MAX_PLOTS_PER_QUESTION = 2


def is_fault(result):
    """True for a grader fault's result: no score (faults.py)."""
    extra = result.get("extra_data") or {}
    return result.get("status") == "error" or bool(extra.get("error"))


def feedback_page(result, name, assignment=None, submission=None):
    """The page, in the language the result was graded in (extra_data.lang)."""
    with language((result.get("extra_data") or {}).get("lang", "en")):
        return _feedback_page(result, name, assignment, submission)


def _feedback_page(result, name, assignment, submission):
    extra = result.get("extra_data") or {}
    assignment_id = extra.get("assignment") or (assignment.id if assignment else "")
    tests = result.get("tests") or []
    possible = sum(float(test.get("max_score", 0)) for test in tests)
    parts = [f"<h1>{escape(name)}</h1>",
             f'<p class="subtitle">{escape(assignment_id)} &middot; '
             f'{escape(tr("feedback from nngrader"))}</p>']
    if is_fault(result):
        parts.append(f'<div class="fault"><strong>'
                     f'{escape(tr("Not graded: the grader failed on this submission."))}'
                     f'</strong> {escape(tr("This is not a score; it will be graded again."))} '
                     f"<pre>{escape(result.get('output', ''))}</pre></div>")
    else:
        parts.append(f'<div class="total">{number(result.get("score", 0))} / '
                     f"{number(possible)}</div>")
        if result.get("output"):
            parts.append(f"<p>{escape(tr('While your notebook ran:'))}</p>"
                         f"<pre>{escape(result['output'])}</pre>")
    parts.append(_summary_table(tests))
    contract = set(assignment.namespace()) if assignment is not None else set()
    found = definitions(submission) if submission is not None else {}
    for test in tests:
        parts.append(_question_section(test, contract, found, is_fault(result)))
    return page(tr("{name}: {assignment} feedback", name=name, assignment=assignment_id),
                "\n".join(parts), lang=current())


def _summary_table(tests):
    rows = []
    for test in tests:
        score, points = float(test.get("score", 0)), float(test.get("max_score", 0))
        rows.append(f'<tr><td><a href="#q-{escape(test.get("name", ""))}">'
                    f"{escape(test.get('name', ''))}</a></td>"
                    f'<td class="number">{number(score)} / {number(points)}</td>'
                    f"<td>{score_bar(score / points if points else 0)}</td></tr>")
    return (f"<table><tr><th>{escape(tr('question'))}</th>"
            f"<th class=\"number\">{escape(tr('score'))}</th><th></th></tr>"
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
        parts.append(f'<div class="mistake"><strong>'
                     f"{escape(tr('Known mistake: {name}.', name=mistake.get('name', '')))}"
                     f"</strong> {escape(mistake.get('advice', ''))}</div>")
    plotted = _cases_to_plot(cases)
    parts.append('<ul class="cases">'
                 + "".join(_case_item(case, id(case) in plotted, mistakes) for case in cases)
                 + "</ul>")
    return "\n".join(parts)


def _where(name, contract, found):
    places = []
    for defined, cell, line in where_to_look(name, contract, found):
        if cell is None:
            places.append(_with_code(tr("your notebook does not define `{name}` at the top "
                                        "level of a code cell", name=defined)))
        else:
            places.append(_with_code(tr("code cell {cell} (counting code cells from the top) "
                                        "defines `{name}`: `{line}`", cell=cell, name=defined,
                                        line=line)))
    return (f'<div class="where">{escape(tr("Where to look:"))} '
            + escape(tr("; ")).join(places) + "</div>")


def _with_code(text):
    """Escaped `text` with its `code spans` as <code> (a span is never split: the names and
    lines put in come from Python code and hold no backtick... or are shown as written)."""
    pieces = escape(text).split("`")
    if len(pieces) % 2 == 0:   # an odd number of backticks: no markup rather than wrong markup
        return escape(text)
    return "".join(f"<code>{piece}</code>" if number % 2 else piece
                   for number, piece in enumerate(pieces))


def _case_item(case, with_plot, mistakes):
    label = (f'<span class="kind">{escape(_case_kind(case))}</span> '
             f"{escape(case.get('label', ''))}")
    plot = _plot(case) if with_plot else ""
    if case.get("passed"):
        return f'<li><span class="mark passed">&#10003;</span>{label}{plot}</li>'
    parts = [f'<li><span class="mark failed">&#10007;</span>{label}']
    feedback = case.get("feedback") or ""
    if len(mistakes) == 1:  # named in its box above the cases: say it once
        sentence = tr("This looks like a known mistake, {name}: {advice}",
                      name=mistakes[0]["name"], advice=mistakes[0]["advice"].rstrip(".。"))
        joined = tr("{line}. {sentence}.", line="", sentence=sentence)  # ". S." / "。S。"
        feedback = feedback.replace(joined, joined[:joined.index(sentence)].rstrip())
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
    title = tr("{case}: {label}", case=_case_kind(case), label=case.get("label", ""))
    # the figure's own text stays English: its fonts may have no Chinese characters
    drawn = title if current() == "en" else f"case {case.get('number')}"
    try:
        uri = curve_plot(case["curve"], drawn)
    except Exception:  # a malformed curve record costs its plot, not the page
        return ""
    alt = tr("training curve of {case}: your notebook against the reference", case=title)
    return f'<img class="plot" src="{uri}" alt="{escape(alt)}">'


def _case_kind(case):
    """"hidden case 3" / "public case 1"."""
    if case.get("hidden"):
        return tr("hidden case {number}", number=case.get("number", ""))
    return tr("public case {number}", number=case.get("number", ""))
