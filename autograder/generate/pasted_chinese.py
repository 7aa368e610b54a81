"""The Chinese version of a pasted definition: its docstring and its text lines translated.

    in_chinese(source, dotted) -> source

`source` is a definition as reference_source.get_source gives it; `dotted` names it
("reference.gradients.numerical_diff"). The Chinese lives in autograder/i18n/zh_pasted/
(one module per pasted module): the docstring of the definition, and of each method of a
class (keyed `Class.method`), is replaced by its Chinese one, indented and quoted as the
English one was, and every line listed in that module's LINES (a comment, a print, an
error message) by its Chinese line, indented as it was.
The code stays the same (languages.code_differences), so a submission made from the
Chinese notebook is graded as one made from the English notebook.

Raises LookupError when a docstring has no Chinese (the build stops: a
Chinese notebook never shows an English docstring), ValueError when the Chinese changes
the code or cannot be quoted.
"""
import ast

from ..i18n import zh_pasted
from .languages import code_differences

QUOTE = '"""'


def in_chinese(source: str, dotted: str) -> str:
    chinese = _translate_lines(_replace_docstring(source, dotted), dotted.rsplit(".", 1)[0])
    differences = code_differences(source, chinese)
    if differences:
        raise ValueError(f"{dotted}: the Chinese changes the code: {differences}")
    return chinese


def documented(source: str) -> list[tuple[str, ast.Expr]]:
    """(name, docstring node) of the definition in `source` and of its methods, in order;
    a method is named `Class.method`."""
    (node,) = ast.parse(source).body
    found = [(node.name, node)]
    if isinstance(node, ast.ClassDef):
        found += [(f"{node.name}.{method.name}", method) for method in node.body
                  if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef))]
    return [(name, definition.body[0]) for name, definition in found
            if ast.get_docstring(definition, clean=False) is not None]


def _replace_docstring(source: str, dotted: str) -> str:
    module = dotted.rsplit(".", 1)[0]
    lines = source.split("\n")  # as ast counts lines
    for name, first in reversed(documented(source)):  # bottom up: line numbers hold
        text = zh_pasted.docstring(f"{module}.{name}")
        if text is None:
            raise LookupError(f"{module}.{name}: no Chinese docstring in "
                              "autograder/i18n/zh_pasted/")
        indent = lines[first.lineno - 1][:first.col_offset]
        lines[first.lineno - 1:first.end_lineno] = quoted(text, indent, f"{module}.{name}")
    return "\n".join(lines)


def quoted(text: str, indent: str, where: str = "docstring") -> list[str]:
    """The lines of a docstring holding `text` (without its indentation) at `indent`."""
    if QUOTE in text or "\\" in text:
        raise ValueError(f"{where}: a Chinese docstring holds {QUOTE} or a backslash")
    body = text.strip("\n").split("\n")
    if len(body) == 1:
        return [indent + QUOTE + body[0] + QUOTE]
    return ([indent + QUOTE + body[0]]
            + [indent + line if line.strip() else "" for line in body[1:]]
            + [indent + QUOTE])


def _translate_lines(source: str, module: str) -> str:
    table = zh_pasted.lines(module)
    out = []
    for line in source.split("\n"):
        stripped = line.strip()
        if stripped in table:
            line = line[:len(line) - len(line.lstrip())] + table[stripped]
        out.append(line)
    return "\n".join(out)
