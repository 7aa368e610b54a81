"""Bug: the reduction ignored, always the mean (the sum cases fail)."""
def l1_loss(pred, target, reduction="mean"):
    diff = pred - target
    return np.mean(np.abs(diff))
