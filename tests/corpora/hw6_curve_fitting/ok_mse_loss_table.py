"""Correct mse_loss: the reduction looked up in a dict of numpy functions."""
def mse_loss(pred, target, reduction="mean"):
    diff = pred - target
    return {"mean": np.mean, "sum": np.sum}[reduction](diff ** 2)
