"""Correct sigmoid through tanh: sigmoid(x) = (1 + tanh(x / 2)) / 2."""
def sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))
