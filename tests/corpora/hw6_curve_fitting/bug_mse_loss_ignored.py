"""Bug: the reduction ignored, always the mean (the sum cases fail)."""
def mse_loss(pred, target, reduction="mean"):
    diff = pred - target
    return np.mean(diff ** 2)
