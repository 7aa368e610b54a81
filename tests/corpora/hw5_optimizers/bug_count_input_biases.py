"""Bug: a bias for every unit, the input layer's included."""
def count_params(layer_sizes):
    return sum(a * b for a, b in zip(layer_sizes, layer_sizes[1:])) + sum(layer_sizes)
