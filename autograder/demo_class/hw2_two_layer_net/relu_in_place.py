"""relu, bug: clears the negative entries of the caller's array and returns it.

The values are right but the input is changed: every case fails on `arg:x`.
"""


def relu(x):
    x[x < 0] = 0
    return x
