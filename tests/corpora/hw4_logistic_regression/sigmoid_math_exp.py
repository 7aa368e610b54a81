"""sigmoid, bug: math.exp takes only scalars; every array case raises TypeError and only the
float case passes (1 case of 4)."""
import math


def sigmoid(z):
    return 1 / (1 + math.exp(-z))
