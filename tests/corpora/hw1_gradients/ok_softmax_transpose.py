"""Correct softmax in the seed post's style: a 2-D branch working on the transpose
(x.T - max over axis 0), a 1-D branch with one max."""
def softmax(x):
    if x.ndim == 2:
        c = np.max(x, axis=1)
        x = x.T - c
        y = np.exp(x) / np.sum(np.exp(x), axis=0)
        return y.T
    c = np.max(x)
    exp_x = np.exp(x - c)
    return exp_x / np.sum(exp_x)
