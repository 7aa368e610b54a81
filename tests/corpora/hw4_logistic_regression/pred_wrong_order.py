"""predict, outside the contract: the signature predict(X, w, b)."""


def predict(X, w, b):
    return (sigmoid(np.dot(w.T, X) + b) > 0.5).astype(float)
