"""Bug: the mean reduction returns the root mean square (the sum cases pass)."""
def mse_loss(pred, target, reduction="mean"):
    errors = (pred - target) ** 2
    if reduction == "mean":
        return np.sqrt(errors.mean())
    return errors.sum()
