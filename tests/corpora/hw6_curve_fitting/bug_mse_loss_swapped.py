"""Bug: "mean" and "sum" swapped."""
def mse_loss(pred, target, reduction="mean"):
    diff = pred - target
    if reduction == "mean":
        return np.sum(diff ** 2)
    return np.mean(diff ** 2)
