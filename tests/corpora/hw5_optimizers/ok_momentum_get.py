"""Correct SGD with momentum in the seed's notation (beta, m), read with config.get."""
def sgd_momentum(w, dw, config=None):
    config = {} if config is None else config
    lr = config.get("learning_rate", 1e-2)
    beta = config.get("momentum", 0.9)
    m = config.get("velocity", np.zeros_like(w))
    m = beta * m + (1 - beta) * dw
    config["velocity"] = m
    return w - lr * m, config
