"""Correct count with small helpers per layer kind."""
def cnn_param_count():
    def conv(c_in, c_out, k):
        return c_out * (c_in * k * k + 1)

    def linear(n_in, n_out):
        return (n_in + 1) * n_out

    return conv(3, 32, 5) + conv(32, 32, 5) + conv(32, 64, 5) + linear(1024, 64) + linear(64, 10)
