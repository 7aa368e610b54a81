"""Correct L2 penalty from squared Frobenius norms."""
def l2_penalty(weights, lam):
    return lam / 2 * sum(np.linalg.norm(w) ** 2 for w in weights)
