"""predict, bug: np.floor(A / 0.5) gives 2 where A is exactly 1.0 (a very large w.X + b);
only the saturated case fails (3 of 4 pass)."""


def predict(w, b, X):
    A = sigmoid(np.dot(w.T, X) + b)
    return np.floor(A / 0.5)
