"""Correct parameter count with np.dot (returns a numpy integer)."""
def count_params(layer_sizes):
    sizes = np.array(layer_sizes)
    return np.dot(sizes[:-1], sizes[1:]) + sizes[1:].sum()
