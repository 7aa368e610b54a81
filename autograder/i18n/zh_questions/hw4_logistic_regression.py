"""Chinese for what autograder/questions/hw4_logistic_regression.py declares (see __init__.py)."""

ZH = {
}
