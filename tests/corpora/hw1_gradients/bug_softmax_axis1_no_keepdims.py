"""Bug: the 2-D branch divides by np.sum(e, axis=1) without keepdims: (N, C) / (N,) fails
to broadcast, or for N == C silently divides column j by row j's sum."""
def softmax(x):
    if x.ndim == 2:
        e = np.exp(x - np.max(x, axis=1, keepdims=True))
        return e / np.sum(e, axis=1)
    e = np.exp(x - np.max(x))
    return e / np.sum(e)
