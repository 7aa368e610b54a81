"""Chinese for declared words shared by several assignments: the checks' defaults, the
docstrings of the functions the reference stands in for (dependencies.py)."""

ZH = {
}
