"""Correct RMSProp with epsilon inside the square root (Keras's form)."""
def rmsprop(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    rho = config["decay_rate"]
    config["cache"] = rho * config.get("cache", np.zeros_like(w)) + (1 - rho) * np.square(dw)
    return w - config["learning_rate"] * dw / np.sqrt(config["cache"] + config["epsilon"]), config
