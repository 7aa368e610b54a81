"""The two languages of a source: how its Chinese text is marked, and what must not differ.

A source (solutions/<id>/source.py) carries both languages (docs/ARCHITECTURE.md, "Writing
a source in two languages"):

  - markdown: every English cell is followed by its Chinese twin, a markdown cell with the
    metadata `lang="zh"` (`# %% [markdown] lang="zh"`);
  - a comment in a code cell: the block of `# zh: ...` lines right below a block of comment
    lines is the Chinese of that block (the line counts may differ);
  - a code line holding text a student reads (an assertion message, a print, a plot
    label): the block of k `# zh> ...` lines right below k code lines is their Chinese
    version, the same code with only its string literals translated. Each `# zh>` line is
    indented as the line it replaces.

`code_differences` is the rule that keeps grading identical: the two versions of a code
cell must parse to the same syntax tree, except string literals whose Chinese version
contains Chinese characters (an f-string keeps the same placeholders, in any order).
"""
import ast
import re

LANGUAGES = ("en", "zh")
COMMENT_MARK = "# zh:"   # Chinese of the comment block above
LINE_MARK = "# zh>"      # Chinese version of the code lines above
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def cell_language(cell) -> str:
    """"zh" for a Chinese markdown twin, "en" for every other cell."""
    lang = cell.metadata.get("lang", "en")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown cell language {lang!r}; expected one of {LANGUAGES}")
    return lang


def _marked(line: str, mark: str):
    """The text after `mark` when the (stripped) line starts with it, else None."""
    stripped = line.strip()
    if not stripped.startswith(mark):
        return None
    return stripped[len(mark):].removeprefix(" ")


def _is_comment(line: str) -> bool:
    stripped = line.strip()
    return (stripped.startswith("#") and not stripped.startswith("# nngrader:")
            and _marked(line, COMMENT_MARK) is None and _marked(line, LINE_MARK) is None)


def split_code(source: str, lang: str, where: str = "code cell") -> str:
    """The code cell `source` in `lang`: its `# zh` lines dropped (en) or put in place (zh).

    Raises ValueError when a `# zh` block stands under nothing it can translate.
    """
    out: list[str] = []   # lines of the chosen language so far
    english: list[bool] = []  # per line of `out`: True when it is still the English text
    lines = source.split("\n")
    i = 0
    while i < len(lines):
        for mark in (COMMENT_MARK, LINE_MARK):
            block = []
            while i < len(lines) and _marked(lines[i], mark) is not None:
                block.append(lines[i])
                i += 1
            if block:
                _translate(out, english, block, mark, lang, where)
                break
        else:
            out.append(lines[i])
            english.append(True)
            i += 1
    return "\n".join(out)


def _translate(out, english, block, mark, lang, where):
    indents = [line[:len(line) - len(line.lstrip())] for line in block]
    texts = [_marked(line, mark) for line in block]
    if not all(has_cjk(text) for text in texts if text.strip()):
        raise ValueError(f"{where}: a {mark!r} line without Chinese: {block[0].strip()!r}")
    if mark == COMMENT_MARK:
        count = 0
        while (count < len(out) and english[len(out) - 1 - count]
               and _is_comment(out[len(out) - 1 - count])):
            count += 1
        if count == 0:
            raise ValueError(f"{where}: {block[0].strip()!r} is not under a comment")
        chinese = [indent + ("# " + text if text else "#") for indent, text in zip(indents, texts)]
    else:
        count = len(block)
        if count > len(out) or not all(english[-count:]) or any(
                _is_comment(line) or not line.strip() for line in out[-count:]):
            raise ValueError(f"{where}: {block[0].strip()!r} must follow {count} code lines")
        chinese = [indent + text for indent, text in zip(indents, texts)]
    if lang == "zh":
        out[-count:] = chinese
        english[-count:] = [False] * len(chinese)


def code_differences(english: str, chinese: str) -> list[str]:
    """Where the two versions of a code cell differ in more than translated text ([] if not)."""
    try:
        tree_en, tree_zh = ast.parse(english), ast.parse(chinese)
    except SyntaxError as error:
        return [f"does not parse: {error}"]
    differences: list[str] = []
    _compare(tree_en, tree_zh, differences)
    return differences


def _placeholders(node: ast.JoinedStr) -> list[str]:
    return sorted(ast.dump(v) for v in node.values if isinstance(v, ast.FormattedValue))


def _text(node: ast.JoinedStr) -> str:
    return "".join(v.value for v in node.values if isinstance(v, ast.Constant))


def _compare(a, b, differences: list[str]) -> None:
    if isinstance(a, ast.Constant) and isinstance(b, ast.Constant) and \
            isinstance(a.value, str) and isinstance(b.value, str) and has_cjk(b.value):
        return  # a translated string
    if isinstance(a, (ast.Constant, ast.JoinedStr)) and isinstance(b, ast.JoinedStr) \
            and has_cjk(_text(b)):
        fields_a = _placeholders(a) if isinstance(a, ast.JoinedStr) else []
        if fields_a != _placeholders(b):
            differences.append(f"line {b.lineno}: the f-string's placeholders changed")
        return
    if type(a) is not type(b):
        differences.append(f"line {getattr(b, 'lineno', '?')}: {type(a).__name__} became "
                           f"{type(b).__name__}")
        return
    if isinstance(a, list):
        if len(a) != len(b):
            differences.append(f"{len(a)} statements or items became {len(b)}")
            return
        for x, y in zip(a, b):
            _compare(x, y, differences)
        return
    if isinstance(a, ast.AST):
        for field in a._fields:
            _compare(getattr(a, field, None), getattr(b, field, None), differences)
        return
    if a != b:
        differences.append(f"{a!r} became {b!r}")
