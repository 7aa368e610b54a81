"""predict, correct: a boolean array from A > 0.5 (True and False count as 1 and 0)."""


def predict(w, b, X):
    return sigmoid(np.dot(w.T, X) + b) > 0.5
