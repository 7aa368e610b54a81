"""Correct RMSProp as in the seed (no epsilon), w updated in place."""
def rmsprop(w, dw, config=None):
    config = {} if config is None else config
    lr = config.setdefault("learning_rate", 1e-2)
    beta = config.setdefault("decay_rate", 0.99)
    v_w = config.get("cache", np.zeros_like(w))
    v_w = beta * v_w + (1 - beta) * dw ** 2
    config["cache"] = v_w
    w -= lr * dw / np.sqrt(v_w)
    return w, config
