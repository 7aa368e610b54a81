"""initialize_with_zeros, correct: b = 0 as an int (the same value as 0.0)."""


def initialize_with_zeros(dim):
    w = np.zeros(shape=(dim, 1))
    b = 0
    return w, b
