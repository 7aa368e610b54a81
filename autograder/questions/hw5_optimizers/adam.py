"""hw5_optimizers `adam`: its known mistakes, inputs and cases."""
import numpy as np

from ..spec import Mistake, Question
from .common import rule_cases


def _adam_variant(*forms):
    """adam with one wrong step, or several together (real bugs rarely come alone)."""
    def adam(w, dw, config=None):
        config = {} if config is None else config
        config.setdefault("learning_rate", 1e-3)
        config.setdefault("beta1", 0.9)
        config.setdefault("beta2", 0.999)
        config.setdefault("epsilon", 1e-8)
        config.setdefault("t", 1 if "t_from_1" in forms else 0)
        m = config.setdefault("m", np.zeros_like(w))
        v = config.setdefault("v", np.zeros_like(w))
        beta1, beta2 = config["beta1"], config["beta2"]
        if "swapped" in forms:
            beta1, beta2 = beta2, beta1
        t = config["t"] + (0 if {"t_after", "t_never"} & set(forms) else 1)
        m = beta1 * m + (1 - beta1) * dw
        v = beta2 * v + (1 - beta2) * dw ** 2
        with np.errstate(divide="ignore", invalid="ignore"):
            m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
        if "no_correction" in forms:
            m_hat, v_hat = m, v
        next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
        if "t_after" in forms:
            t += 1
        if "corrected_stored" in forms:
            m, v = m_hat, v_hat
        if "not_stored" not in forms:
            config["m"], config["v"], config["t"] = m, v, t
        return next_w, config
    return adam


QUESTION = Question("adam", 3, rule_cases("adam"), mistakes=[
    Mistake("no bias correction", "divide m by 1 - beta1 ** t and v by 1 - beta2 ** t.",
            {"adam": _adam_variant("no_correction")}),
    Mistake("no bias correction, and t not stored in config", "divide m by "
            "1 - beta1 ** t and v by 1 - beta2 ** t, with t = config['t'] + 1 stored back "
            "in config['t'] at every step.",
            {"adam": _adam_variant("no_correction", "t_never")}),
    Mistake("t starting at 1 (the first step uses t = 2)", "a fresh config starts at "
            "t = 0 and t is incremented before the bias correction, so the first step "
            "uses t = 1.", {"adam": _adam_variant("t_from_1")}),
    Mistake("t incremented after its use", "increment t before the bias correction: "
            "with t = 0, 1 - beta ** 0 is 0 and the step is nan.",
            {"adam": _adam_variant("t_after")}),
    Mistake("t never incremented", "add 1 to config['t'] at every step.",
            {"adam": _adam_variant("t_never")}),
    Mistake("beta1 and beta2 swapped", "beta1 (0.9) averages the gradient, beta2 (0.999) "
            "its square.", {"adam": _adam_variant("swapped")}),
    Mistake("bias-corrected moments stored as the state", "store the raw moving averages "
            "m and v; the corrected m_hat and v_hat are for this step only.",
            {"adam": _adam_variant("corrected_stored")}),
    Mistake("state not stored in config", "write m, v and t back into config.",
            {"adam": _adam_variant("not_stored")}),
])
