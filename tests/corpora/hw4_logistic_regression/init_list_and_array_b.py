"""initialize_with_zeros, correct: the shape as a list, an integer-valued dtype cast to float,
and b as a numpy float returned in a list."""


def initialize_with_zeros(dim):
    w = np.zeros([dim, 1], dtype=int).astype(float)
    b = np.float64(0)
    return [w, b]
