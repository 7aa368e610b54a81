"""relu, bug: a loop over len(x) that only works for 1-D arrays; 2-D and 3-D inputs raise
(the truth value of a row is ambiguous). Passes the 1-D case only: 1/3 point."""


def relu(x):
    out = x.copy()
    for i in range(len(x)):
        if x[i] < 0:
            out[i] = 0
    return out
