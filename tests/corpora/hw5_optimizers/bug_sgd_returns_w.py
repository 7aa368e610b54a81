"""Contract break: returns next_w alone instead of (next_w, config)."""
def sgd(w, dw, config=None):
    if config is None:
        config = {}
    return w - config.get("learning_rate", 1e-2) * dw
