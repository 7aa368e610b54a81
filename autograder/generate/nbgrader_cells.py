"""Step (nbgrader variant): nbgrader cell metadata and one hidden test cell per case.

Metadata (schema_version 3, grade_id = the cell id):
  - solution cells: `solution: true` (autograded answers; nbgrader stubs the marked spans);
  - one autograded test cell per declared case, at the end of the notebook, worth
    `question.points * case.weight / total weight` (cases.case_points), so nbgrader's
    partial credit is nngrader's; its code, between `### BEGIN HIDDEN TESTS` / `### END
    HIDDEN TESTS`, calls autograder.in_kernel.check_case and never reaches a student. The
    tests run after every other cell, as `nngrader grade` runs the cases after the
    notebook; grade_id `<question>-case-<n>` names the question for the gradebook;
  - every other cell (text, given code, public checks, plots) is locked: read-only, and
    restored from the source when autograding. Public checks carry no points.

Ordering: after expand_directives (reads the role metadata) and add_header (so the header
is locked too); before normalize_metadata.
"""
import nbformat

from ..cases import case_points
from ..i18n import declared
from ..questions import load_assignment
from .context import Context

SCHEMA_VERSION = 3
TESTS_HEADING = ("## Autograder tests\n\nThe cells below are filled in when your notebook is "
                 "graded: each one runs one hidden case and is worth the points it states.")
TESTS_HEADING_ZH = ("## 自动评分测试\n\n下面的单元格在评分时才会填入：每个单元格运行一个隐藏测试用例，"
                    "分值见单元格注释。")
TEST_SOURCE = """# {question}: {visibility} case {number} of {count} ({label}), {points:g} points
### BEGIN HIDDEN TESTS
from autograder.in_kernel import check_case
check_case({id!r}, {question!r}, {index}, globals())
### END HIDDEN TESTS"""
# The comment a student reads above the hidden test, in the Chinese class (same code).
TEST_COMMENT_ZH = "# {question}：{visibility}用例 {number}/{count}（{label}），{points:g} 分"
VISIBILITY_ZH = {"hidden": "隐藏", "public": "公开"}


def _meta(cell, **fields):
    meta = {"grade": False, "grade_id": cell.id, "locked": True, "schema_version": SCHEMA_VERSION,
            "solution": False, "task": False}
    meta.update(fields)
    cell.metadata["nbgrader"] = meta
    return cell


def _role(cell):
    return cell.metadata.get("nngrader", {}).get("role") if cell.cell_type == "code" else None


def test_cells(assignment_id, lang="en"):
    """The autograded test cells, one per declared case, in declaration order."""
    cells = []
    for question in load_assignment(assignment_id).questions:
        points = case_points(question)
        for index, case in enumerate(question.cases):
            visibility = "hidden" if case.hidden else "public"
            source = TEST_SOURCE.format(
                question=question.name, visibility=visibility,
                number=index + 1, count=len(question.cases), label=case.label,
                points=round(points[index], 4), id=assignment_id, index=index)
            if lang == "zh":
                comment = TEST_COMMENT_ZH.format(
                    question=question.name, visibility=VISIBILITY_ZH[visibility],
                    number=index + 1, count=len(question.cases),
                    label=declared(case.label, "zh"), points=round(points[index], 4))
                source = comment + source[source.index("\n"):]
            cell = nbformat.v4.new_code_cell(source)
            cell.id = grade_id(question.name, index)
            cell.metadata["nngrader"] = {"role": "test", "question": question.name}
            cells.append(_meta(cell, grade=True, points=points[index]))
    return cells


def grade_id(question, index):
    return f"{question}-case-{index + 1}"


def question_of(grade_id_text):
    """The question a test cell's grade_id belongs to (None for other cells)."""
    question, separator, number = grade_id_text.rpartition("-case-")
    return question if separator and number.isdigit() else None


def add_nbgrader_grading(nb, ctx: Context):
    """Step (nbgrader variant, after expand_directives): metadata and test cells.

    Idempotent. Runs best last before normalize_metadata, so the header cell is locked too.
    """
    if any(_role(cell) == "test" for cell in nb.cells):
        return nb
    for cell in nb.cells:
        _meta(cell, locked=_role(cell) != "solution", solution=_role(cell) == "solution")
    heading = nbformat.v4.new_markdown_cell(TESTS_HEADING_ZH if ctx.lang == "zh" else TESTS_HEADING)
    heading.id = "nngrader-tests"
    nb.cells.append(_meta(heading))
    nb.cells.extend(test_cells(ctx.assignment_id, ctx.lang))
    return nb
