"""Bug: the 1-D lines are indented under the 2-D branch after its return, so a single
sample falls through and gets None."""
def softmax(x):
    if x.ndim == 2:
        x = x - np.max(x, axis=1, keepdims=True)
        return np.exp(x) / np.sum(np.exp(x), axis=1, keepdims=True)
        x = x - np.max(x)
        return np.exp(x) / np.sum(np.exp(x))
