"""Bug: no floor, a float like 12.5 when the window does not divide evenly."""
def conv_output_size(size, kernel, stride=1, padding=0):
    return (size + 2 * padding - kernel) / stride + 1
