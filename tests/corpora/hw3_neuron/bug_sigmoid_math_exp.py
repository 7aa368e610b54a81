"""Bug: math.exp takes one number; the array cases raise (only the scalar case passes)."""
import math


def sigmoid(x):
    return 1 / (1 + math.exp(-x))
