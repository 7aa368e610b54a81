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


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'no bias correction':
        '没有做偏差修正',
    'divide m by 1 - beta1 ** t and v by 1 - beta2 ** t.':
        'm 要除以 1 - beta1 ** t，v 要除以 1 - beta2 ** t。',
    'no bias correction, and t not stored in config':
        '没有做偏差修正，t 也没有存回 config',
    "divide m by 1 - beta1 ** t and v by 1 - beta2 ** t, with t = config['t'] + 1 stored back in config['t'] at every step.":
        "m 除以 1 - beta1 ** t，v 除以 1 - beta2 ** t，其中 t = config['t'] + 1，并且每一步都存回 config['t']。",
    't starting at 1 (the first step uses t = 2)':
        't 从 1 开始（第一步用的是 t = 2）',
    'a fresh config starts at t = 0 and t is incremented before the bias correction, so the first step uses t = 1.':
        '新的 config 从 t = 0 开始，并且在偏差修正之前先让 t 加 1，所以第一步用的是 t = 1。',
    't incremented after its use':
        't 在使用之后才加 1',
    'increment t before the bias correction: with t = 0, 1 - beta ** 0 is 0 and the step is nan.':
        '在偏差修正之前先让 t 加 1：t = 0 时 1 - beta ** 0 为 0，这一步会得到 nan。',
    't never incremented':
        't 从未加 1',
    "add 1 to config['t'] at every step.":
        "每一步都要让 config['t'] 加 1。",
    'beta1 and beta2 swapped':
        'beta1 和 beta2 弄反了',
    'beta1 (0.9) averages the gradient, beta2 (0.999) its square.':
        'beta1（0.9）用于梯度的滑动平均，beta2（0.999）用于梯度平方的滑动平均。',
    'bias-corrected moments stored as the state':
        '把偏差修正后的矩估计存成了状态',
    'store the raw moving averages m and v; the corrected m_hat and v_hat are for this step only.':
        '存的应该是原始的滑动平均 m 和 v；修正后的 m_hat 和 v_hat 只用于这一步。',
    'state not stored in config':
        '状态没有存回 config',
    'write m, v and t back into config.':
        '把 m、v 和 t 写回 config。',
}
