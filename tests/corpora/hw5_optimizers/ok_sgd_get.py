"""Correct SGD reading the rate with config.get (the default is not stored back)."""
def sgd(w, dw, config=None):
    config = config or {}
    next_w = w - config.get("learning_rate", 1e-2) * dw
    return next_w, config
