"""propagate, correct: one example at a time in a loop, plain floats for cost and db."""


def propagate(w, b, X, Y):
    n, m = X.shape
    dw = np.zeros((n, 1))
    db = 0.0
    cost = 0.0
    for i in range(m):
        a = sigmoid(float(np.dot(w[:, 0], X[:, i])) + b)
        y = Y[0, i]
        cost += -(y * np.log(a) + (1 - y) * np.log(1 - a))
        dw[:, 0] += (a - y) * X[:, i]
        db += a - y
    grads = {"dw": dw / m, "db": db / m}
    return grads, cost / m
