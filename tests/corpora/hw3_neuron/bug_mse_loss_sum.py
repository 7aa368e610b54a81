"""Bug: sum instead of mean."""
def mse_loss(y_true, y_pred):
    return np.sum((np.ravel(y_true) - np.ravel(y_pred)) ** 2)
