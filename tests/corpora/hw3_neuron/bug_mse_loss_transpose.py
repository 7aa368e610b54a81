"""Bug: the seed's transpose fix, right for y_pred (n, 1) and y_true (n,) only."""
def mse_loss(y_true, y_pred):
    return ((y_true - y_pred.T) ** 2).mean()
