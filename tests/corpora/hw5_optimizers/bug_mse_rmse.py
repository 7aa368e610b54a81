"""Bug: square root of the mean (RMSE)."""
def mse(y_true, y_pred):
    return np.sqrt(np.mean((y_true - y_pred) ** 2))
