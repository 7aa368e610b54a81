"""Bug: normalises by the sum over the whole batch (right for one sample only)."""
def softmax(x):
    c = np.max(x)
    exp_x = np.exp(x - c)
    return exp_x / np.sum(exp_x)
