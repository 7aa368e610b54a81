"""What several questions of hw5_optimizers share: tolerances, input makers, helpers."""
import copy

import numpy as np

from ...checks import Close, Exactly, RelativeError, safe_check
from ...worker.drivers.hw5 import optimizer_steps
from ...worker.protocol import STATE_KEYS, next_w_output, state_output
from ...checks import Holds
from ..spec import Case


UNCHANGED = Close(rtol=1e-12, atol=1e-12)
VALUE = Close(rtol=1e-9, atol=1e-12)
STEP = RelativeError(1e-6)
# each rule's state after each step: a relative error, except Adam's step count t
STATE_CHECKS = {rule: {key: Exactly() if key == "t" else STEP for key in keys}
                for rule, keys in STATE_KEYS.items()}


def cache_variant(rule, form):
    """adagrad / rmsprop with one wrong step."""
    def update(w, dw, config=None):
        config = {} if config is None else config
        config.setdefault("learning_rate", 1e-2)
        config.setdefault("epsilon", 1e-8)
        decay = config.setdefault("decay_rate", 0.99) if rule == "rmsprop" else None
        cache = config.setdefault("cache", np.zeros_like(w))
        if rule == "adagrad":
            cache = dw ** 2 if form == "not_accumulated" else cache + dw ** 2
        elif form == "swapped":
            cache = (1 - decay) * cache + decay * dw ** 2
        elif form == "accumulated":
            cache = cache + dw ** 2
        else:
            cache = decay * cache + (1 - decay) * dw ** 2
        root = cache if form == "no_sqrt" else np.sqrt(cache)
        next_w = w - config["learning_rate"] * dw / (root + config["epsilon"])
        if form != "not_stored":
            config["cache"] = cache
        return next_w, config
    return update


DEFAULTS = {"adagrad": {"learning_rate": 1e-2, "epsilon": 1e-8},
            "rmsprop": {"learning_rate": 1e-2, "decay_rate": 0.99, "epsilon": 1e-8},
            "adam": {"learning_rate": 1e-3, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}}
# denominator(second moment, epsilon) of the step, as the contract accepts it
DENOMINATORS = {
    "epsilon added to the root (the reference)": lambda second, eps: np.sqrt(second) + eps,
    "no epsilon (the seed)": lambda second, eps: np.sqrt(second),
    "epsilon inside the root (Keras)": lambda second, eps: np.sqrt(second + eps),
}


def with_denominator(rule, denominator, folded=False):
    """adagrad / rmsprop / adam as the reference, dividing by denominator(cache or v_hat,
    epsilon); `folded`: Adam with the bias correction folded into the step size (Kingma
    and Ba's form, epsilon then added to sqrt(v), not sqrt(v_hat))."""
    def update(w, dw, config=None):
        config = {} if config is None else config
        for key, value in DEFAULTS[rule].items():
            config.setdefault(key, value)
        rate, eps = config["learning_rate"], config["epsilon"]
        if rule == "adam":
            beta1, beta2 = config["beta1"], config["beta2"]
            t = config.get("t", 0) + 1
            m = beta1 * config.get("m", np.zeros_like(w)) + (1 - beta1) * dw
            v = beta2 * config.get("v", np.zeros_like(w)) + (1 - beta2) * dw ** 2
            if folded:
                step = rate * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t) * m / \
                    denominator(v, eps)
            else:
                step = rate * m / (1 - beta1 ** t) / denominator(v / (1 - beta2 ** t), eps)
            config.update(t=t, m=m, v=v)
        else:
            cache = config.get("cache", np.zeros_like(w))
            decay = config.get("decay_rate")
            cache = cache + dw ** 2 if rule == "adagrad" else decay * cache + (1 - decay) * dw ** 2
            step = rate * dw / denominator(cache, eps)
            config["cache"] = cache
        return w - step, config
    return update


def accepted_forms(rule):
    forms = [with_denominator(rule, denominator) for denominator in DENOMINATORS.values()]
    if rule == "adam":
        forms += [with_denominator(rule, denominator, folded=True)
                  for denominator in DENOMINATORS.values()]
    return forms


ACCEPTED_STEP = "next_w, with epsilon where the contract allows it"


def matches_an_accepted_form(rule):
    """derive(): 1.0 when every next_w is one accepted form's (all steps, one form).

    With tiny gradient entries (|dw| ~ 1e-9, below epsilon) the place of epsilon changes
    the step by far more than the tolerance, so each accepted place is computed here and
    the submission must follow one of them; `np.sqrt(v) - eps` or another epsilon follows
    none.
    """
    def derive(outputs, inputs):
        for form in accepted_forms(rule):
            with np.errstate(all="ignore"):
                expected = optimizer_steps({rule: form}, {}, copy.deepcopy(inputs), rule)
            steps = [key for key in expected if key.startswith("next_w")]
            if all(key in outputs and safe_check(STEP, outputs[key], expected[key]) is None
                   for key in steps):
                return {ACCEPTED_STEP: 1.0}
        return {ACCEPTED_STEP: 0.0}
    return derive


def signed(rng, low, high, shape):
    return rng.choice([-1.0, 1.0], size=shape) * rng.uniform(low, high, size=shape)


def steps(count, shape=None, config=None):
    """w (S), dws (count, S) and an optional first config drawn by `config(rng, w)`."""
    def inputs(rng):
        size = shape or tuple(int(n) for n in rng.integers(2, 6, size=rng.integers(1, 3)))
        w = signed(rng, 0.5, 2.0, size)
        drawn = {"w": w, "dws": signed(rng, 0.3, 2.0, (count, *size))}
        if config is not None:
            drawn["config"] = config(rng, w)
        return drawn
    return inputs


HYPER_PARAMETERS = {
    "sgd": lambda rng: {"learning_rate": rng.uniform(0.02, 0.1)},
    "sgd_momentum": lambda rng: {"learning_rate": rng.uniform(0.02, 0.1),
                                 "momentum": rng.uniform(0.5, 0.8)},
    "adagrad": lambda rng: {"learning_rate": rng.uniform(0.02, 0.1), "epsilon": 1e-7},
    "rmsprop": lambda rng: {"learning_rate": rng.uniform(0.002, 0.005),
                            "decay_rate": rng.uniform(0.8, 0.95), "epsilon": 1e-7},
    "adam": lambda rng: {"learning_rate": rng.uniform(0.005, 0.02),
                         "beta1": rng.uniform(0.7, 0.85), "beta2": rng.uniform(0.9, 0.99),
                         "epsilon": 1e-7},
}


def given_hyper_parameters(rule):
    return lambda rng, w: HYPER_PARAMETERS[rule](rng)


def given_state(rule):
    """Hyper-parameters plus a state as if some steps had been taken (Adam at t = 5)."""
    def config(rng, w):
        given = HYPER_PARAMETERS[rule](rng)
        if rule == "sgd_momentum":
            given["velocity"] = signed(rng, 0.1, 1.0, w.shape)
        elif rule in ("adagrad", "rmsprop"):
            given["cache"] = rng.uniform(0.5, 3.0, size=w.shape)
        elif rule == "adam":
            given.update(m=signed(rng, 0.1, 1.0, w.shape),
                         v=rng.uniform(0.1, 1.0, size=w.shape), t=5)
        return given
    return config


def tiny_gradients(count, shape):
    """w and dws from a fresh config, with the same half of the gradient entries tiny
    (|dw| in [1e-10, 1e-9], below the default epsilon 1e-8) at every step."""
    def inputs(rng):
        w = signed(rng, 0.5, 2.0, shape)
        dws = signed(rng, 0.3, 2.0, (count, *shape))
        tiny = rng.permutation(np.arange(w.size) % 2 == 0).reshape(shape)
        dws[:, tiny] = signed(rng, 1e-10, 1e-9, (count, int(tiny.sum())))
        return {"w": w, "dws": dws}
    return inputs


def rule_checks(rule, count):
    checks = {}
    for step in range(1, count + 1):
        checks[next_w_output(step)] = STEP
        for key, check in STATE_CHECKS[rule].items():
            checks[state_output(key, step)] = check
    return checks


def rule_cases(rule):
    cases = [
        Case("a fresh config (none passed), 3 steps", "hw5.optimizer_steps",
             steps(3, (2, 3)), rule_checks(rule, 3), params={"rule": rule}, hidden=False),
        Case("a fresh config, 5 steps", "hw5.optimizer_steps", steps(5),
             rule_checks(rule, 5), params={"rule": rule}),
        Case("user-given hyper-parameters in config, 3 steps", "hw5.optimizer_steps",
             steps(3, config=given_hyper_parameters(rule)), rule_checks(rule, 3),
             params={"rule": rule}),
    ]
    if rule != "sgd":
        cases.append(Case("resuming from a given state, 2 steps", "hw5.optimizer_steps",
                          steps(2, config=given_state(rule)), rule_checks(rule, 2),
                          params={"rule": rule}))
    if rule in DEFAULTS:
        state = {key: check for key, check in rule_checks(rule, 3).items()
                 if not key.startswith("next_w")}
        cases.append(Case("tiny gradient entries (below epsilon), 3 steps",
                          "hw5.optimizer_steps", tiny_gradients(3, (3, 4)),
                          {**state, ACCEPTED_STEP: Holds(
                              "with gradient entries below epsilon, next_w follows no "
                              "accepted form: divide by np.sqrt(cache) + epsilon (or leave "
                              "epsilon out, or put it inside the root)")},
                          params={"rule": rule}, derive=matches_an_accepted_form(rule)))
    return cases


PAIR_CHECKS = {"out": VALUE, "arg:y_true": UNCHANGED, "arg:y_pred": UNCHANGED}
