"""Chinese for what autograder/questions/hw6_curve_fitting.py declares (see __init__.py)."""

ZH = {
}
