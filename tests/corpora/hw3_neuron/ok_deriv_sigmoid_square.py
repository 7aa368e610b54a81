"""Correct derivative as s - s**2, calling sigmoid once."""
def deriv_sigmoid(x):
    s = sigmoid(x)
    return s - s ** 2
