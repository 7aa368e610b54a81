"""Correct cross_entropy_error in the textbook's form: 1-D inputs reshaped to (1, C),
np.sum(y * np.log(p + delta)) / batch_size."""
def cross_entropy_error(p, y):
    delta = 1e-7
    if p.ndim == 1:
        y = y.reshape(1, y.size)
        p = p.reshape(1, p.size)
    batch_size = p.shape[0]
    return -np.sum(y * np.log(p + delta)) / batch_size
