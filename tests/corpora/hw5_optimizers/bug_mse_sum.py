"""Bug: sum instead of mean."""
def mse(y_true, y_pred):
    return np.sum((y_true - y_pred) ** 2)
