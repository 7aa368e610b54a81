"""Bug (the seed's): (n,) minus (n, 1) broadcasts to an (n, n) matrix; the mixed cases fail."""
def mse_loss(y_true, y_pred):
    return ((y_true - y_pred) ** 2).mean()
