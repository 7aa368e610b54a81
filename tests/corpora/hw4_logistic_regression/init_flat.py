"""initialize_with_zeros, bug: w = np.zeros(dim), shape (dim,) instead of a column."""


def initialize_with_zeros(dim):
    w = np.zeros(dim)
    b = 0.0
    return w, b
