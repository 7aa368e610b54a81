"""relu, bug: returns the mask x > 0 (the derivative) instead of the values."""


def relu(x):
    return x > 0
