"""predict, bug: w used as if it were a row vector, np.dot(w, X) (w is (n, 1): ValueError)."""


def predict(w, b, X):
    A = sigmoid(np.dot(w, X) + b)
    Y_prediction = (A > 0.5).astype(float)
    return Y_prediction
