"""Correct MSE with a loop over the flattened entries."""
def mse(y_true, y_pred):
    pairs = list(zip(np.ravel(y_true), np.ravel(y_pred)))
    return sum((t - p) ** 2 for t, p in pairs) / len(pairs)
