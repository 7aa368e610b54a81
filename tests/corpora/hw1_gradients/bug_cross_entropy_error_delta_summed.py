"""Bug seen in real code: `np.sum(t * np.log(y) + delta)`, the 1e-7 outside the log and
added once per entry (N * C times), not inside np.log."""
def cross_entropy_error(y, t):
    delta = 1e-7
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    batch_size = y.shape[0]
    return -np.sum(t * np.log(y) + delta) / batch_size
