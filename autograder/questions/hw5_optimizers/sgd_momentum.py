"""hw5_optimizers `sgd_momentum`: its known mistakes, inputs and cases."""
import numpy as np

from ..spec import Mistake, Question
from .common import rule_cases


def _momentum_variant(form):
    """sgd_momentum with the velocity updated in another course's form."""
    def sgd_momentum(w, dw, config=None):
        config = {} if config is None else config
        config.setdefault("learning_rate", 1e-2)
        config.setdefault("momentum", 0.9)
        velocity = config.setdefault("velocity", np.zeros_like(w))
        lr, mu = config["learning_rate"], config["momentum"]
        if form == "cs231n":    # v = mu v - lr dw; w += v
            velocity = mu * velocity - lr * dw
            next_w = w + velocity
        else:
            velocity = {"pytorch": mu * velocity + dw,
                        "swapped": (1 - mu) * velocity + mu * dw}.get(form, mu * velocity
                                                                     + (1 - mu) * dw)
            next_w = w - lr * velocity
        if form != "not_stored":
            config["velocity"] = velocity
        return next_w, config
    return sgd_momentum


QUESTION = Question("sgd_momentum", 2, rule_cases("sgd_momentum"), mistakes=[
    Mistake("CS231n's velocity form (v = momentum v - lr dw, w + v)", "the contract's "
            "velocity is a moving average: v = momentum * v + (1 - momentum) * dw, then "
            "w - learning_rate * v.", {"sgd_momentum": _momentum_variant("cs231n")}),
    Mistake("PyTorch's velocity form (v = momentum v + dw)", "the contract's velocity is "
            "momentum * v + (1 - momentum) * dw.",
            {"sgd_momentum": _momentum_variant("pytorch")}),
    Mistake("momentum and 1 - momentum swapped", "the old velocity is weighted by "
            "momentum, the new gradient by 1 - momentum.",
            {"sgd_momentum": _momentum_variant("swapped")}),
    Mistake("velocity not stored in config", "write the new velocity back: "
            "config['velocity'] = v.", {"sgd_momentum": _momentum_variant("not_stored")}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    "CS231n's velocity form (v = momentum v - lr dw, w + v)":
        'CS231n 的速度形式（v = momentum v - lr dw，w + v）',
    "the contract's velocity is a moving average: v = momentum * v + (1 - momentum) * dw, then w - learning_rate * v.":
        '作业规定的速度是滑动平均：v = momentum * v + (1 - momentum) * dw，然后 w - learning_rate * v。',
    "PyTorch's velocity form (v = momentum v + dw)":
        'PyTorch 的速度形式（v = momentum v + dw）',
    "the contract's velocity is momentum * v + (1 - momentum) * dw.":
        '作业规定的速度是 momentum * v + (1 - momentum) * dw。',
    'momentum and 1 - momentum swapped':
        'momentum 和 1 - momentum 弄反了',
    'the old velocity is weighted by momentum, the new gradient by 1 - momentum.':
        '旧的速度乘以 momentum，新的梯度乘以 1 - momentum。',
    'velocity not stored in config':
        '速度没有存回 config',
    "write the new velocity back: config['velocity'] = v.":
        "把新的速度写回去：config['velocity'] = v。",
}
