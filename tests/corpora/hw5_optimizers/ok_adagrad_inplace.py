"""Correct Adagrad, cache and w updated in place, epsilon inside the square root."""
def adagrad(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-8)
    cache = config.setdefault("cache", np.zeros_like(w))
    cache += dw * dw
    w -= config["learning_rate"] * dw / np.sqrt(cache + config["epsilon"])
    return w, config
