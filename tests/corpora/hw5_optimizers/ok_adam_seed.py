"""Correct Adam as in the seed (global_step counter, no epsilon)."""
def adam(w, dw, config=None):
    if config is None:
        config = {}
    lr = config.setdefault("learning_rate", 1e-3)
    beta1 = config.setdefault("beta1", 0.9)
    beta2 = config.setdefault("beta2", 0.999)
    global_step = config.get("t", 0)
    global_step += 1
    m_w = beta1 * config.get("m", 0) + (1 - beta1) * dw
    v_w = beta2 * config.get("v", 0) + (1 - beta2) * np.square(dw)
    m_w_correction = m_w / (1 - np.power(beta1, int(global_step)))
    v_w_correction = v_w / (1 - np.power(beta2, int(global_step)))
    config["m"], config["v"], config["t"] = m_w, v_w, global_step
    return w - lr * m_w_correction / np.sqrt(v_w_correction), config
