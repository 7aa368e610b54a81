"""Fixed notebook metadata and only known cell metadata, so the bytes depend on the source.

The notebook metadata names its language, `{"nngrader": {"lang": "en" | "zh"}}`: a
submission made from it is graded in that language by `nngrader grade --lang auto`
(autograder/i18n/detect.py reads it before looking at the prose).

Run last: anything a later step added would escape the whitelist. (Keys are sorted by
nbformat's writer.)
"""
from .context import Context

NOTEBOOK_METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}
CELL_METADATA_KEYS = ("nngrader", "nbgrader", "tags")


def normalize_metadata(nb, ctx: Context):
    nb.metadata = {**NOTEBOOK_METADATA, "nngrader": {"lang": ctx.lang}}
    nb.nbformat, nb.nbformat_minor = 4, 5
    for cell in nb.cells:
        cell.metadata = {k: v for k, v in cell.metadata.items() if k in CELL_METADATA_KEYS}
        cell.source = cell.source.strip("\n")
    return nb
