"""Correct Adagrad as in the seed: no epsilon at all (gradients are never zero here)."""
def adagrad(w, dw, config=None):
    if config is None:
        config = {}
    lr = config.setdefault("learning_rate", 1e-2)
    v_w = config.get("cache", 0) + np.square(dw)
    config["cache"] = v_w
    return w - lr * dw / np.sqrt(v_w), config
