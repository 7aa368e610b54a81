"""Bug: derivative written for the sigmoid's output, x * (1 - x)."""
def deriv_sigmoid(x):
    return x * (1 - x)
