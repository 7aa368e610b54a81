"""Bug seen in real code: no bias correction, and t computed as config["t"] + 1 but never
stored back (two mistakes together, as real code has them)."""
def adam(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    config.setdefault("t", 0)
    t = config["t"] + 1
    m = config["beta1"] * config["m"] + (1 - config["beta1"]) * dw
    v = config["beta2"] * config["v"] + (1 - config["beta2"]) * (dw ** 2)
    next_w = w - config["learning_rate"] * m / (np.sqrt(v) + config["epsilon"])
    config["m"] = m
    config["v"] = v
    return next_w, config
