"""Bug: a 5 x 5 kernel counted as 5 weights per input channel."""
def cnn_param_count():
    convs = [(3, 32), (32, 32), (32, 64)]
    return sum(c_in * 5 * c_out + c_out for c_in, c_out in convs) + (1024 * 64 + 64) + (64 * 10 + 10)
