"""Bug: the rate hard-coded, so a learning_rate given in config is ignored."""
def sgd(w, dw, config=None):
    if config is None:
        config = {"learning_rate": 1e-2}
    return w - 1e-2 * dw, config
