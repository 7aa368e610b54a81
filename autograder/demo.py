"""`nngrader demo`: a sample class of every assignment, graded by the real engine.

For each assignment the sample class is:
  solved.ipynb     the solved notebook (what a perfect submission looks like)
  stub.ipynb       the student notebook as handed out, nothing filled in
  <bug>.ipynb      the solved notebook with one more code cell that redefines one graded
                   function the way real students get it wrong: the cells in
                   autograder/demo_class/<id>/ (shipped, so an installed kit has them),
                   which the corpus tests grade too; their expected.json says what each
                   bug is, so the cell a student sees on a feedback page does not

It is graded like any batch (`nngrader grade`, its default sandbox), into
OUTDIR/<id>/grades/: results, feedback pages, grades.csv and the class report, with
OUTDIR/index.html linking them. The demo is also an end-to-end check of an installation:
it exits non-zero when an assignment could not be graded, a grader fault occurred, the
solved notebook lost a point or the stub earned one.

The notebooks come from the kit's folders when they are there (a clone); an installed kit
without them builds the solved notebook from the reference's source and the stub from it
with every function body replaced by `raise NotImplementedError`.
"""
import ast
import inspect
import logging
import time
from pathlib import Path

import nbformat

from . import defaults
from .pages.html import escape, page

KIT_ROOT = Path(__file__).resolve().parent.parent
DEMO_CLASS = Path(__file__).resolve().parent / "demo_class"


def bug_cells(assignment_id):
    """{bug name: the code cell's source} shipped for `assignment_id`."""
    folder = DEMO_CLASS / assignment_id
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.py"))}


def solved_notebook(assignment_id):
    path = KIT_ROOT / "solutions" / assignment_id / f"{assignment_id}.ipynb"
    if path.exists():
        return nbformat.read(path, as_version=4)
    return _notebook([_reference_source(assignment_id)])


def stub_notebook(assignment_id):
    path = KIT_ROOT / "assignments" / assignment_id / f"{assignment_id}.ipynb"
    if path.exists():
        return nbformat.read(path, as_version=4)
    return _notebook([stubbed(_reference_source(assignment_id))])


def _notebook(sources):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    return notebook


def _reference_source(assignment_id):
    from .questions import load_assignment

    definitions = [inspect.getsource(value)
                   for value in load_assignment(assignment_id).namespace().values()]
    return "import numpy as np\n\n\n" + "\n\n".join(definitions)


def stubbed(source):
    """`source` with the body of every function and method replaced by its docstring (if
    any) and `raise NotImplementedError`."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            docstring = ast.get_docstring(node, clean=False)
            body = [ast.Expr(ast.Constant(docstring))] if docstring is not None else []
            node.body = body + [ast.Raise(ast.Call(ast.Name("NotImplementedError"), [], []))]
    return ast.unparse(ast.fix_missing_locations(tree)) + "\n"


def build_class(assignment_id, folder):
    """Write the sample class of `assignment_id` into `folder`; return the notebook paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    solved = solved_notebook(assignment_id)
    notebooks = {"solved": solved, "stub": stub_notebook(assignment_id)}
    for name, source in bug_cells(assignment_id).items():
        buggy = nbformat.from_dict(solved)
        buggy = nbformat.v4.new_notebook(cells=list(buggy.cells) + [
            nbformat.v4.new_code_cell(source)], metadata=solved.metadata)
        notebooks[name] = buggy
    paths = []
    for name, notebook in notebooks.items():
        path = folder / f"{name}.ipynb"
        text = nbformat.writes(notebook)
        if not path.exists() or path.read_text(encoding="utf-8") != text:  # keep resume
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def run_demo(outdir, jobs=defaults.DEMO_JOBS, progress=None, echo=None, assignment_ids=None):
    """Build, grade and report every assignment's sample class; return the exit status.

    progress: as BatchOptions.progress (None: no display); echo(line): where the demo's
    lines go (cli.py: typer.echo; None: the `logging` module, at level INFO).
    """
    from .batch import BatchOptions, grade_batch
    from .data import DataError
    from .pages import CLASS_REPORT
    from .pages.feedback import is_fault
    from .questions import ASSIGNMENT_IDS

    outdir = Path(outdir)
    echo = echo or logging.getLogger(__name__).info
    started = time.monotonic()
    problems, summaries = [], []
    for assignment_id in assignment_ids or ASSIGNMENT_IDS:
        submissions = build_class(assignment_id, outdir / assignment_id / "submissions")
        grades = outdir / assignment_id / "grades"
        echo(f"{assignment_id}: grading {len(submissions)} notebooks")
        options = BatchOptions(assignment_id, grades, jobs=jobs, progress=progress)
        try:
            rows = grade_batch([str(path) for path in submissions], options)
        except (DataError, ValueError, RuntimeError) as error:
            problems.append(f"{assignment_id} was not graded: {error}")
            continue
        possible = None
        for name, result in rows:
            if result is None or is_fault(result):
                problems.append(f"{assignment_id}/{name}: grader fault")
                continue
            possible = sum(test["max_score"] for test in result["tests"])
            echo(f"  {name:32s} {result['score']:6g} / {possible:g}")
            if name == "solved" and result["score"] < possible - 1e-9:
                problems.append(f"{assignment_id}: the solved notebook lost points")
            if name == "stub" and result["score"] > 0:
                problems.append(f"{assignment_id}: the stub earned points")
        summaries.append((assignment_id, grades, [name for name, _ in rows]))
    index = outdir / "index.html"
    index.write_text(_index_page(summaries, outdir), encoding="utf-8")
    echo(f"\nDone in {time.monotonic() - started:.0f} s. Open {index.resolve()}")
    for assignment_id, grades, _ in summaries:
        echo(f"  {assignment_id}: {(grades / CLASS_REPORT).resolve()}")
    echo("Each notebook's feedback page is grades/<name>.html beside its result "
         "grades/<name>.json.")
    for problem in problems:
        echo(f"problem: {problem}")
    return 1 if problems else 0


def _index_page(summaries, outdir):
    from .pages import CLASS_REPORT

    items = []
    for assignment_id, grades, names in summaries:
        folder = grades.relative_to(outdir).as_posix()
        links = ", ".join(f'<a href="{escape(folder)}/{escape(name)}.html">{escape(name)}</a>'
                          for name in names)
        items.append(f'<li><a href="{escape(folder)}/{CLASS_REPORT}"><strong>'
                     f"{escape(assignment_id)}</strong> class report</a><br>"
                     f'<span class="muted">feedback pages: {links}</span></li>')
    body = ("<h1>nngrader demo</h1><p class=\"subtitle\">A sample class of every assignment "
            "(the solved notebook, the stub and notebooks with real students' mistakes), "
            "graded in the sandbox.</p><ul>" + "".join(items) + "</ul>")
    return page("nngrader demo", body)
