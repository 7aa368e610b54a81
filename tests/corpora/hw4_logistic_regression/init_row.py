"""initialize_with_zeros, bug: w of shape (1, dim), a row. Right only for dim = 1 (1 case of
3)."""


def initialize_with_zeros(dim):
    return np.zeros((1, dim)), 0.0
