"""Step (every variant, on the source): keep the cells and comments of the context's language.

The source holds both languages (`languages.py`). This step drops the other language's
markdown twins, puts the Chinese comments and text lines in place (or drops them for
English), and refuses a source whose languages disagree: an English markdown cell without
its Chinese twin (or a twin without its English cell), a Chinese twin without Chinese
characters, or a code cell whose Chinese version differs from the English one in more than
comments and translated strings.

Ordering: after assign_cell_ids (so both languages share the code cells' ids), before
expand_directives (the `# zh` lines of a check cell are read here, the directive there).
"""
from .context import Context
from .languages import cell_language, code_differences, has_cjk, split_code


def check_pairs(nb, assignment_id: str = "source") -> None:
    """Every English markdown cell is followed by a Chinese twin holding Chinese text."""
    cells = nb.cells
    for index, cell in enumerate(cells):
        if cell.cell_type != "markdown":
            continue
        where = f"{assignment_id}: markdown cell {index} ({cell.source[:40]!r})"
        lang = cell_language(cell)
        following = cells[index + 1] if index + 1 < len(cells) else None
        previous = cells[index - 1] if index > 0 else None
        if lang == "en" and not (following is not None and following.cell_type == "markdown"
                                 and cell_language(following) == "zh"):
            raise ValueError(f"{where} has no Chinese twin after it")
        if lang == "zh":
            if not (previous is not None and previous.cell_type == "markdown"
                    and cell_language(previous) == "en"):
                raise ValueError(f"{where} is a Chinese twin of no English cell")
            if not has_cjk(cell.source):
                raise ValueError(f"{where} is marked Chinese but holds no Chinese text")


def select_language(nb, ctx: Context):
    check_pairs(nb, ctx.assignment_id)
    cells = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            if cell_language(cell) != ctx.lang:
                continue
        elif cell.cell_type == "code":
            where = f"{ctx.assignment_id}: code cell {index}"
            english = split_code(cell.source, "en", where)
            chinese = split_code(cell.source, "zh", where)
            differences = code_differences(english, chinese)
            if differences:
                raise ValueError(f"{where}: the Chinese code differs: {differences}")
            cell.source = chinese if ctx.lang == "zh" else english
        cell.metadata.pop("lang", None)
        cells.append(cell)
    nb.cells = cells
    return nb
