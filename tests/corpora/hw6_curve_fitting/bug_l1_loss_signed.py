"""Bug: differences not made absolute."""
def l1_loss(pred, target, reduction="mean"):
    diff = pred - target
    return diff.mean() if reduction == "mean" else diff.sum()
