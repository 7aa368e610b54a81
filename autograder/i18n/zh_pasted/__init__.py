"""Chinese of the code the build pastes into the notebooks (`# nngrader: solution|given`).

One module per pasted module (`reference/<module>.py`, `autograder/data.py`), named after
it, so a definition pasted by two assignments (hw1's softmax, given again in hw2) is
translated once. Each module holds:

    MODULE      the dotted module it translates, e.g. "reference.gradients"
    DOCSTRINGS  definition name (`Class.method` for a method) -> its Chinese docstring
                (shapes and units kept), written without the quotes and the
                indentation, which the build adds
    LINES       an English code line of a pasted body (stripped) -> the same line with its
                comment or strings in Chinese (a print, an error message); the code must
                stay the same (generate/languages.py, code_differences)

autograder/generate/pasted_chinese.py puts them in place in the Chinese notebooks; the
English notebooks paste the reference as it is. tests/generate/test_build_pasted_chinese.py
fails when a pasted definition has no Chinese docstring or an entry translates nothing.
"""
import importlib
import pkgutil


def _modules():
    found = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found[module.MODULE] = module
    return found


BY_MODULE = _modules()


def docstring(dotted):
    """The Chinese docstring of `package.module.name` (or `...module.Class.method`), or None."""
    for module, entries in BY_MODULE.items():
        if dotted.startswith(module + "."):
            return entries.DOCSTRINGS.get(dotted[len(module) + 1:])
    return None


def lines(module):
    """English line -> Chinese line for the pasted code of `module` ({} if none)."""
    entries = BY_MODULE.get(module)
    return dict(entries.LINES) if entries is not None else {}
