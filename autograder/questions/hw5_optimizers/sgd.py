"""hw5_optimizers `sgd`: its known mistakes, inputs and cases."""
from ..spec import Mistake, Question
from .common import rule_cases


def _sgd_fixed_rate(w, dw, config=None):
    return w - 1e-2 * dw, {} if config is None else config


def _sgd_ascent(w, dw, config=None):
    config = {} if config is None else config
    config.setdefault("learning_rate", 1e-2)
    return w + config["learning_rate"] * dw, config


QUESTION = Question("sgd", 1, rule_cases("sgd"), mistakes=[
    Mistake("learning_rate from config ignored", "read the rate from "
            "config['learning_rate'] (config.setdefault fills the default 1e-2).",
            {"sgd": _sgd_fixed_rate}),
    Mistake("step along the gradient", "w - learning_rate * dw goes downhill.",
            {"sgd": _sgd_ascent}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'learning_rate from config ignored':
        '忽略了 config 中的 learning_rate',
    "read the rate from config['learning_rate'] (config.setdefault fills the default 1e-2).":
        "从 config['learning_rate'] 读取学习率（config.setdefault 会填入默认值 1e-2）。",
    'step along the gradient':
        '沿梯度方向走了一步',
    'w - learning_rate * dw goes downhill.':
        'w - learning_rate * dw 才是下坡方向。',
}
