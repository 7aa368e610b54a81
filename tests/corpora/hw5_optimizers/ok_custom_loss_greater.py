"""Correct custom loss in the seed's TensorFlow style: np.where(np.greater(...))."""
def custom_loss(y_true, y_pred, cost=1.0, profit=99.0):
    return np.sum(np.where(np.greater(y_pred, y_true), (y_pred - y_true) * cost,
                           (y_true - y_pred) * profit))
