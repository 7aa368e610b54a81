"""Bug seen in real code: the max is taken per row, but the sum runs over axis 0 (the
samples): right for one sample, wrong for every batch."""
def softmax(x):
    c = np.max(x, axis=-1, keepdims=True)
    exp_a = np.exp(x - c)
    sum_exp_a = np.sum(exp_a, axis=0)
    return exp_a / sum_exp_a
