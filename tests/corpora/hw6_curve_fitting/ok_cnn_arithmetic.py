"""Correct count written out as arithmetic."""
def cnn_param_count():
    return (3 * 5 * 5 * 32 + 32) + (32 * 5 * 5 * 32 + 32) + (32 * 5 * 5 * 64 + 64) \
        + (1024 * 64 + 64) + (64 * 10 + 10)
