"""Contract break: config has no default, so sgd(w, dw) fails (the given-config case passes)."""
def sgd(w, dw, config):
    config.setdefault("learning_rate", 1e-2)
    return w - config["learning_rate"] * dw, config
