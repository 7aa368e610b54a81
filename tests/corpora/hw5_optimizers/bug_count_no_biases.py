"""Bug: weights only, no biases."""
def count_params(layer_sizes):
    return sum(a * b for a, b in zip(layer_sizes, layer_sizes[1:]))
