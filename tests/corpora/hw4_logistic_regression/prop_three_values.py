"""propagate, outside the contract: returns (dw, db, cost) instead of (grads, cost)."""


def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    return np.dot(X, (A - Y).T) / m, np.sum(A - Y) / m, cost
