"""Contract break: the prices named COST and PROFIT, so the keyword case raises."""
def custom_loss(y_true, y_pred, COST=1.0, PROFIT=99.0):
    return np.sum(np.where(y_pred > y_true, (y_pred - y_true) * COST,
                           (y_true - y_pred) * PROFIT))
