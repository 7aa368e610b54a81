"""Bug: one bias per input unit of each layer."""
def count_params(layer_sizes):
    return sum(a * b + a for a, b in zip(layer_sizes, layer_sizes[1:]))
