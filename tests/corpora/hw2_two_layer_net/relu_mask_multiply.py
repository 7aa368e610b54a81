"""relu, correct: multiply by the boolean mask (negative entries become -0.0, equal to 0)."""


def relu(x):
    return x * (x > 0)
