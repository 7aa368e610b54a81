"""predict, correct away from A = 0.5: np.round(A) (0.5 itself would round to 0), as ints."""


def predict(w, b, X):
    A = sigmoid(w.T @ X + b)
    return np.round(A).astype(int)
