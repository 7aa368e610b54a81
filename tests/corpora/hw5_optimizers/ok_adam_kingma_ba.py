"""Correct Adam in Kingma and Ba's form: bias correction folded into the step size."""
def adam(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * dw
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * dw ** 2
    alpha = config["learning_rate"] * np.sqrt(1 - b2 ** t) / (1 - b1 ** t)
    config.update(t=t, m=m, v=v)
    return w - alpha * m / (np.sqrt(v) + config["epsilon"]), config
