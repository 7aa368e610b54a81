"""Bug: exp(x) / (1 + exp(x)) is inf / inf = nan for large positive x (only that case fails)."""
def sigmoid(x):
    e = np.exp(x)
    return e / (1 + e)
