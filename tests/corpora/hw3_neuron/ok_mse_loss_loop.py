"""Correct MSE with a loop over flattened values, returned as a size-1 array."""
def mse_loss(y_true, y_pred):
    total = 0.0
    pairs = list(zip(np.ravel(y_true), np.ravel(y_pred)))
    for t, p in pairs:
        total += (t - p) ** 2
    return np.array([total / len(pairs)])
