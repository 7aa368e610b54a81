"""Correct l1_loss: if/elif on the reduction, ValueError otherwise."""
def l1_loss(pred, target, reduction="mean"):
    diff = np.asarray(pred) - np.asarray(target)
    errors = np.abs(diff)
    if reduction == "sum":
        return errors.sum()
    elif reduction == "mean":
        return errors.mean()
    raise ValueError(reduction)
