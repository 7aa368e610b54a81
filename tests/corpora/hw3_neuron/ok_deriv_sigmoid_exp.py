"""Correct derivative written directly: exp(-x) / (1 + exp(-x))**2."""
def deriv_sigmoid(x):
    e = np.exp(-x)
    return e / (1 + e) ** 2
