"""Bug: "mean" and "sum" swapped."""
def l1_loss(pred, target, reduction="mean"):
    diff = pred - target
    if reduction == "mean":
        return np.sum(np.abs(diff))
    return np.mean(np.abs(diff))
