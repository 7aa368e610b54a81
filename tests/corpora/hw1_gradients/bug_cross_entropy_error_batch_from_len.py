"""Bug from the seed post: batch_size = p.shape[0] with no reshape, so a single (C,)
sample is divided by C."""
def cross_entropy_error(p, y):
    delta = 1e-7
    batch_size = p.shape[0]
    return -np.sum(y * np.log(p + delta)) / batch_size
