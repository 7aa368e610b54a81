"""initialize_with_zeros, outside the contract: returns only w (b kept as a global)."""


def initialize_with_zeros(dim):
    global b
    b = 0.0
    return np.zeros((dim, 1))
