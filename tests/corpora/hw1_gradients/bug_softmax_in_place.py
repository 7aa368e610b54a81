"""Bug: `x -= max` changes the caller's array (the probabilities themselves are right)."""
def softmax(x):
    x -= np.max(x, axis=-1, keepdims=True)
    exp_x = np.exp(x)
    return exp_x / np.sum(exp_x, axis=-1, keepdims=True)
