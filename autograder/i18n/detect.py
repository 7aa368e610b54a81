"""Which language a submission was made from: its notebook's metadata, else its prose.

    feedback_language(lang, path) -> lang, or the submission's language for "auto"
    submission_language(path) -> "zh" or "en"

`nngrader grade --lang auto` gives each submission feedback in the language of the
notebook the student started from. In order:
  1. the notebook's metadata names it: `metadata.nngrader.lang`, `metadata.lang` or
     `metadata.language` ("zh", "zh-CN", "zh_Hans", ...; anything else is English);
  2. otherwise its prose decides: Chinese when at least MIN_CJK Chinese characters make
     at least a CJK_SHARE of the letters of its markdown cells (of its comment lines, for
     a .py script), so a few Chinese words in an English notebook do not switch it.
A file that cannot be read is English (it is graded "Not graded" anyway).

    code_language(sources) -> "zh" or "en"

A live kernel (otter's and nbgrader's hidden tests, in_kernel.py) has no notebook file,
only the code its cells ran: there the comments and strings of that code decide.
"""
import io
import json
import re
import tokenize
from pathlib import Path

MIN_CJK = 20
CJK_SHARE = 0.3
# In code, the strings that are code (dict keys, "W1", file modes) count as letters too:
# the Chinese notebooks' comments and strings are 28-47% Chinese, the English ones' 0%.
CODE_CJK_SHARE = 0.15
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def feedback_language(lang, path):
    """The feedback language under `--lang lang` of the submission at `path`: "en" or "zh"
    as given, or the submission's own language for "auto"."""
    return submission_language(path) if lang == "auto" else lang


def submission_language(path):
    from ..notebooks import SubmissionError, read_submission  # bounded reading
    try:
        data = read_submission(Path(path))
    except (SubmissionError, OSError):
        return "en"
    return language_of(Path(path).name, data)


def language_of(name, data):
    """"zh" or "en" for the bytes `data` of the submission file called `name`."""
    text = data.decode("utf-8-sig", errors="replace")
    notebook = _json(text) if name.endswith(".ipynb") else None
    if notebook is not None:
        named = _named_language(notebook.get("metadata"))
        if named is not None:
            return named
        prose = "\n".join(_source(cell) for cell in notebook.get("cells") or []
                          if isinstance(cell, dict) and cell.get("cell_type") == "markdown")
    else:
        prose = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    return "zh" if _mostly_chinese(prose) else "en"


def code_language(sources):
    """"zh" or "en" for the code cells `sources` (str each): Chinese when their comments and
    one-line strings hold at least MIN_CJK Chinese characters, at least CODE_CJK_SHARE of
    their letters. Triple-quoted strings are left out: the docstrings of the given code are
    English in both languages."""
    words = "\n".join(text for source in sources for text in _comments_and_strings(source))
    return "zh" if _mostly_chinese(words, CODE_CJK_SHARE) else "en"


def _comments_and_strings(source):
    texts = []
    readable = (tokenize.COMMENT, tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", None))
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            quotes = token.string.lstrip("rRbBuUfF")[:3]
            if token.type in readable and quotes not in ('"""', "'''"):
                texts.append(token.string)
    except (tokenize.TokenError, SyntaxError):  # a cell cut short, or a magic: what was read
        pass
    return texts


def is_chinese(tag):
    return isinstance(tag, str) and tag.strip().lower().replace("_", "-").split("-")[0] == "zh"


def _named_language(metadata):
    if not isinstance(metadata, dict):
        return None
    own = metadata.get("nngrader")
    for tag in ((own or {}).get("lang") if isinstance(own, dict) else None,
                metadata.get("lang"), metadata.get("language")):
        if is_chinese(tag):
            return "zh"
        if isinstance(tag, str) and re.match(r"en([-_]|$)", tag.strip().lower()):
            return "en"
    return None   # none, or not a human language ("python")


def _mostly_chinese(prose, share=CJK_SHARE):
    cjk = len(_CJK.findall(prose))
    latin = len(_LATIN.findall(prose))
    return cjk >= MIN_CJK and cjk >= share * (cjk + latin)


def _json(text):
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _source(cell):
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)
