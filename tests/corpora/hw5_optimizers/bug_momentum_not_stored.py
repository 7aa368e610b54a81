"""Bug: the new velocity is a local variable; config keeps the zeros."""
def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    config.setdefault("velocity", np.zeros_like(w))
    v = config["velocity"]
    v = config["momentum"] * v + (1 - config["momentum"]) * dw
    return w - config["learning_rate"] * v, config
