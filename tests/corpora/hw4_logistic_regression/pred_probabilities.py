"""predict, bug: returns the probabilities A themselves, not 0/1 labels."""


def predict(w, b, X):
    m = X.shape[1]
    w = w.reshape(X.shape[0], 1)
    A = sigmoid(np.dot(w.T, X) + b)
    return A.reshape(1, m)
