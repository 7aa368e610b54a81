"""Bug: sign slip, s * (1 + s)."""
def deriv_sigmoid(x):
    s = sigmoid(x)
    return s * (1 + s)
