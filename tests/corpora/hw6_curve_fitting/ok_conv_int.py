"""Correct output size with int() of a true division (the numerator is never negative)."""
def conv_output_size(size, kernel, stride=1, padding=0):
    return int((size + 2 * padding - kernel) / stride) + 1
