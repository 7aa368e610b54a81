"""Bug: under-prediction terms come out negative, (y_pred - y_true) * profit."""
def custom_loss(y_true, y_pred, cost=1.0, profit=99.0):
    diff = y_pred - y_true
    return np.sum(np.where(diff > 0, diff * cost, diff * profit))
