"""Step (solved and student variants): otter-grader's public checks inside the notebook.

Each `# nngrader: check <question>` cell becomes an OK-format otter test carried in the
notebook's own metadata (`metadata.otter.tests`, with `OK_FORMAT: true`), so a student who
has only the notebook and otter-grader installed can run `grader.check("softmax")`.
The step adds an `import otter` / `grader = otter.Notebook("<id>.ipynb")` cell before the
first code cell and a `grader.check("<question>")` cell after each check cell. Only the
public checks travel: the hidden tests are in dist/<id>/autograder.zip (otter_zip.py), and
while otter grades, `grader.check` runs those hidden tests instead (otter's grading mode).

Ordering: after expand_directives (reads the check role) and after normalize_metadata,
which would drop `metadata.otter` (or add "otter" to normalize's notebook metadata).
"""
import nbformat

from .context import Context

# The notebook's own name when it exists: a renamed copy (a graded submission) falls back
# to otter's defaults, the only notebook of the folder or, while otter grades, its tests.
INIT = ('# Otter-Grader: grader.check("<question>") runs the public checks of a question.\n'
        "import os\n"
        "import otter\n"
        'grader = otter.Notebook("{name}" if os.path.exists("{name}") else None)')
CHECK = 'grader.check("{question}")'
# One doctest example: the check cell's code run in the notebook's globals, its prints
# discarded (a doctest fails on output it did not expect).
DOCTEST = (">>> with __import__('contextlib').redirect_stdout(__import__('io').StringIO()): "
           "exec(compile({source!r}, {filename!r}, 'exec'), globals())\n")


def public_tests(nb) -> dict:
    """question -> OK-format test spec built from the notebook's check cells, in order."""
    tests = {}
    for cell in nb.cells:
        role = cell.metadata.get("nngrader", {})
        if cell.cell_type != "code" or role.get("role") != "check":
            continue
        question = role["question"]
        case = {"name": f"{question} - public check {len(_cases(tests, question)) + 1}",
                "code": DOCTEST.format(source=cell.source, filename=f"<check {question}>"),
                "hidden": False, "locked": False}
        _cases(tests, question).append(case)
    return tests


def _cases(tests, question):
    spec = tests.setdefault(question, {
        "name": question, "points": None,
        "suites": [{"type": "doctest", "scored": True, "setup": "", "teardown": "",
                    "cases": []}]})
    return spec["suites"][0]["cases"]


def _code_cell(source, cell_id):
    cell = nbformat.v4.new_code_cell(source)
    cell.id = cell_id
    cell.metadata["nngrader"] = {"role": "otter"}
    return cell


def _role(cell):
    return cell.metadata.get("nngrader", {}).get("role") if cell.cell_type == "code" else None


def add_otter_cells(nb, ctx: Context):
    tests = public_tests(nb)
    if not tests or any(_role(cell) == "otter" for cell in nb.cells):
        return nb  # nothing to check, or already done
    # one grader.check per question, after its last check cell
    last_check = {cell.metadata["nngrader"]["question"]: cell.id
                  for cell in nb.cells if _role(cell) == "check"}
    checks_after = {cell_id: question for question, cell_id in last_check.items()}
    cells = []
    for cell in nb.cells:
        if cell.cell_type == "code" and not any(_role(c) == "otter" for c in cells):
            cells.append(_code_cell(INIT.format(name=ctx.notebook_name), "otter-init"))
        cells.append(cell)
        if cell.id in checks_after:
            question = checks_after[cell.id]
            cells.append(_code_cell(CHECK.format(question=question), f"otter-{question}"[:64]))
    nb.cells = cells
    nb.metadata["otter"] = {"OK_FORMAT": True, "tests": tests}
    return nb
