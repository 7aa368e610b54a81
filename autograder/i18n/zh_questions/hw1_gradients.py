"""Chinese for what autograder/questions/hw1_gradients.py declares (see __init__.py)."""

ZH = {
}
