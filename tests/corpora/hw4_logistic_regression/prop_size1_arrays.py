"""propagate, correct: cost of shape (1, 1) from matrix products and db of shape (1, 1)
(keepdims): size-1 arrays are scalars under the contract."""


def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(w.T @ X + b)
    cost = -(Y @ np.log(A).T + (1 - Y) @ np.log(1 - A).T) / m
    dZ = A - Y
    dw = (1 / m) * X @ dZ.T
    db = (1 / m) * np.sum(dZ, axis=1, keepdims=True)
    return {"dw": dw, "db": db}, cost
