"""Bug: half input, half output: sigmoid(x) * (1 - x)."""
def deriv_sigmoid(x):
    return sigmoid(x) * (1 - x)
