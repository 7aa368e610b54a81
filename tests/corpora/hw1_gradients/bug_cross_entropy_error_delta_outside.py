"""Bug: a misplaced parenthesis, np.log(p) + delta instead of np.log(p + delta)."""
def cross_entropy_error(p, y):
    delta = 1e-7
    if p.ndim == 1:
        p = p.reshape(1, -1)
        y = y.reshape(1, -1)
    return -np.sum(y * (np.log(p) + delta)) / p.shape[0]
