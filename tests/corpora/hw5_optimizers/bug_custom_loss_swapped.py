"""Bug: cost charged for under-prediction and profit for over-prediction."""
def custom_loss(y_true, y_pred, cost=1.0, profit=99.0):
    return np.sum(np.where(y_true > y_pred, (y_true - y_pred) * cost,
                           (y_pred - y_true) * profit))
