"""Bug: absolute differences, not squared."""
def mse_loss(pred, target, reduction="mean"):
    errors = np.abs(pred - target)
    return errors.mean() if reduction == "mean" else errors.sum()
