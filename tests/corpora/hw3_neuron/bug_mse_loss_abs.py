"""Bug: differences not squared (mean absolute error)."""
def mse_loss(y_true, y_pred):
    return np.mean(np.abs(np.ravel(y_true) - np.ravel(y_pred)))
