"""Contract break: adam(w, dw, config) with a required config using other keys (lr, b1, b2)."""
def adam(w, dw, config):
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    config["t"] = config.get("t", 0) + 1
    config["m"] = config["b1"] * config["m"] + (1 - config["b1"]) * dw
    config["v"] = config["b2"] * config["v"] + (1 - config["b2"]) * dw ** 2
    m_hat = config["m"] / (1 - config["b1"] ** config["t"])
    v_hat = config["v"] / (1 - config["b2"] ** config["t"])
    return w - config["lr"] * m_hat / (np.sqrt(v_hat) + 1e-8), config
