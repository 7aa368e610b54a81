"""Correct l1_loss: the reduction looked up in a dict of numpy functions."""
def l1_loss(pred, target, reduction="mean"):
    diff = pred - target
    return {"mean": np.mean, "sum": np.sum}[reduction](np.abs(diff))
