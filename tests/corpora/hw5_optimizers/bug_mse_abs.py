"""Bug: absolute differences, not squared."""
def mse(y_true, y_pred):
    return np.mean(np.abs(y_true - y_pred))
