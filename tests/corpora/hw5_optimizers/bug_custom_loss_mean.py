"""Bug: mean instead of sum."""
def custom_loss(y_true, y_pred, cost=1.0, profit=99.0):
    return np.mean(np.where(y_pred > y_true, (y_pred - y_true) * cost,
                            (y_true - y_pred) * profit))
