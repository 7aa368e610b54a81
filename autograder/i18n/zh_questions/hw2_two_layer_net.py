"""Chinese for what autograder/questions/hw2_two_layer_net.py declares (see __init__.py)."""

ZH = {
}
