"""Chinese for what autograder/questions/hw5_optimizers.py declares (see __init__.py)."""

ZH = {
}
