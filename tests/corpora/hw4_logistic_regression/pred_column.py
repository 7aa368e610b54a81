"""predict, bug: predictions shaped (m, 1). Right only in the one-example case (1 of 4)."""


def predict(w, b, X):
    A = sigmoid(np.dot(X.T, w) + b)
    return (A > 0.5).astype(float)
