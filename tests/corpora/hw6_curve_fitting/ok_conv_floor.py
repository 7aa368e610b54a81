"""Correct output size with math.floor, as the PyTorch documentation writes it."""
import math


def conv_output_size(size, kernel, stride=1, padding=0):
    return math.floor((size + 2 * padding - 1 * (kernel - 1) - 1) / stride + 1)
