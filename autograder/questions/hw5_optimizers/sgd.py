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
