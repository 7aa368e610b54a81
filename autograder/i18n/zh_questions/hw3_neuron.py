"""Chinese for what autograder/questions/hw3_neuron.py declares (see __init__.py)."""

ZH = {
}
