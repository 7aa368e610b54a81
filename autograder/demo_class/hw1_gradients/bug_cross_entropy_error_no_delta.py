def cross_entropy_error(p, y):
    if p.ndim == 1:
        p = p.reshape(1, -1)
        y = y.reshape(1, -1)
    return -np.sum(y * np.log(p)) / p.shape[0]
