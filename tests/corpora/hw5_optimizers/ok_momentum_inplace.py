"""Correct SGD with momentum, velocity and w updated in place."""
def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.setdefault("velocity", np.zeros_like(w))
    v *= config["momentum"]
    v += (1 - config["momentum"]) * dw
    w -= config["learning_rate"] * v
    return w, config
