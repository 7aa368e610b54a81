"""Bug: norms added instead of squared norms."""
def l2_penalty(weights, lam):
    return lam / 2 * sum(np.linalg.norm(w) for w in weights)
