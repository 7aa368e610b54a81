def adam(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    config["t"] = config.get("t", 0) + 1
    config["m"] = config["beta1"] * config.get("m", 0) + (1 - config["beta1"]) * dw
    config["v"] = config["beta2"] * config.get("v", 0) + (1 - config["beta2"]) * dw ** 2
    step = config["learning_rate"] * config["m"] / (np.sqrt(config["v"]) + config["epsilon"])
    return w - step, config
