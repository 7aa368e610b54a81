"""Correct mse_loss: if/elif on the reduction, ValueError otherwise."""
def mse_loss(pred, target, reduction="mean"):
    diff = np.asarray(pred) - np.asarray(target)
    errors = diff ** 2
    if reduction == "sum":
        return errors.sum()
    elif reduction == "mean":
        return errors.mean()
    raise ValueError(reduction)
