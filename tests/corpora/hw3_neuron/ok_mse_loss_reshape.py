"""Correct MSE: both reshaped to (n, 1) columns, then averaged."""
def mse_loss(y_true, y_pred):
    diff = np.reshape(y_true, (-1, 1)) - np.reshape(y_pred, (-1, 1))
    return (diff ** 2).mean()
