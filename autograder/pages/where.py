"""Where in the notebook to look: the code cell that defines what a question grades.

A question grades one top-level name of the contract: the function or class of the same
name (`softmax`), its CamelCase form (`simple_net` -> `SimpleNet`), or a name the question's
name starts with (`train_mnist` -> `train`); failing all three, the question's own name.
The cell is the last code cell defining that
name at top level (Python keeps the last definition), counted among code cells from 1 as
in every other message of the grader.
"""
import ast
import re

from ..notebooks import SubmissionError, read_cells


def graded_names(question_name, contract_names):
    """The contract names `question_name` grades, most specific first."""
    camel = "".join(part.capitalize() for part in question_name.split("_"))
    found = [name for name in (question_name, camel) if name in contract_names]
    if not found:
        found = sorted((name for name in contract_names
                        if question_name.startswith(name + "_")), key=len, reverse=True)[:1]
    return found or [question_name]


def definitions(submission):
    """{top-level name: (code cell number, first line of the definition)} for a submission
    file, or {} when it cannot be read."""
    try:
        cells = read_cells(submission)
    except (SubmissionError, OSError):
        return {}
    found = {}
    for cell in cells:
        for name, line in _top_level_definitions(cell.source):
            found[name] = (cell.index, line)
    return found


def _top_level_definitions(source):
    lines = source.splitlines()
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):  # a cell that does not parse: read its lines
        pattern = re.compile(r"^(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)")
        return [(match.group(1), line.strip()) for line in lines
                for match in [pattern.match(line)] if match]
    return [(node.name, lines[node.lineno - 1].strip() if node.lineno <= len(lines) else "")
            for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]


def where_to_look(question_name, contract_names, found):
    """[(name, cell number, first line)] for the names the question grades; a name the
    notebook does not define at top level gets cell None."""
    places = []
    for name in graded_names(question_name, contract_names):
        cell, line = found.get(name, (None, ""))
        places.append((name, cell, line))
    return places
