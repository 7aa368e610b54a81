"""Bug: the factor 1/2 missing."""
def l2_penalty(weights, lam):
    return lam * sum(np.sum(w ** 2) for w in weights)
