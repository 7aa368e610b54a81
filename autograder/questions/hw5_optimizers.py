"""hw5_optimizers: learning-rate decay, losses, L2 penalty, parameter count, update rules.

Update rules are graded over several consecutive calls, from a fresh config (no config on
the first call), from user-given hyper-parameters and from a given state (as CS231n's
check does, with Adam at t = 5); after every step the returned next_w and each state
entry of the returned config (velocity, cache, m, v, t) are compared with the reference.
A rule that starts Adam's t at 1 passes the resumed case only.

Tolerances: relative error 1e-6 for next_w and the state (MISTAKES.md: Adam with the bias
correction folded into the step size, epsilon inside the square root, or no epsilon at
all, differ from the reference near 1e-8; the seed's Adagrad and RMSProp have no epsilon
either). To keep those differences small, |w| is drawn in [0.5, 2] and |dw| in [0.3, 2]
(no zero or tiny gradients, so sqrt(cache) is never near epsilon) in every case but one
per rule with epsilon: "tiny gradient entries" puts half the entries of dw near 1e-9,
below epsilon, where the place of epsilon changes the step by far more than any
tolerance. There next_w must be one accepted form's (DENOMINATORS: epsilon added to the
root, no epsilon, epsilon inside the root, and for Adam each of these with the bias
correction folded into the step size), so `np.sqrt(v) - eps` or a wrong default epsilon
fails while every correct variant passes. Adam's t, counts and sizes are integers: Exactly.
"""
import copy

import numpy as np

import reference
from reference import training

from ..compare import Close, Exactly, RelativeError, safe_check
from ..worker.drivers.hw5 import optimizer_steps
from .checks import Holds
from .spec import Assignment, Case, Mistake, Question

UNCHANGED = Close(rtol=1e-12, atol=1e-12)
VALUE = Close(rtol=1e-9, atol=1e-12)
STEP = RelativeError(1e-6)
STATE_CHECKS = {"sgd": {}, "sgd_momentum": {"velocity": STEP}, "adagrad": {"cache": STEP},
                "rmsprop": {"cache": STEP}, "adam": {"m": STEP, "v": STEP, "t": Exactly()}}


def _call(name, *args, **kwargs):
    return {"function": name, "args": list(args), "kwargs": kwargs}


# -- known mistakes (trusted side only) -------------------------------------------------

def _decay_staircase(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * decay_rate ** (global_step // decay_steps)


def _decay_every_step(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * decay_rate ** global_step


def _decay_inverted(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * decay_rate ** (decay_steps / global_step)


def _mse_sum(y_true, y_pred):
    return float(np.sum((np.asarray(y_true) - np.asarray(y_pred)) ** 2))


def _mse_unsquared(y_true, y_pred):
    return float(np.mean(np.abs(np.asarray(y_true) - np.asarray(y_pred))))


def _mse_root(y_true, y_pred):
    return float(np.sqrt(np.mean((np.asarray(y_true) - np.asarray(y_pred)) ** 2)))


def _custom_swapped(y_true, y_pred, cost=1.0, profit=99.0):
    return training.custom_loss(y_true, y_pred, cost=profit, profit=cost)


def _custom_mean(y_true, y_pred, cost=1.0, profit=99.0):
    return training.custom_loss(y_true, y_pred, cost, profit) / np.size(y_true)


def _custom_signed(y_true, y_pred, cost=1.0, profit=99.0):
    diff = np.asarray(y_pred) - np.asarray(y_true)
    return float(np.sum(np.where(diff > 0, cost * diff, profit * diff)))


def _l2_no_half(weights, lam):
    return 2 * training.l2_penalty(weights, lam)


def _l2_norms(weights, lam):
    return float(lam / 2 * sum(np.linalg.norm(w) for w in weights))


def _l2_first(weights, lam):
    return training.l2_penalty(weights[:1], lam)


def _count_weights_only(layer_sizes):
    return sum(a * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:]))


def _count_input_biases(layer_sizes):
    return _count_weights_only(layer_sizes) + sum(layer_sizes)


def _count_bias_per_input(layer_sizes):
    return sum(a * b + a for a, b in zip(layer_sizes[:-1], layer_sizes[1:]))


def _sgd_fixed_rate(w, dw, config=None):
    return w - 1e-2 * dw, {} if config is None else config


def _sgd_ascent(w, dw, config=None):
    config = {} if config is None else config
    config.setdefault("learning_rate", 1e-2)
    return w + config["learning_rate"] * dw, config


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


def _cache_variant(rule, form):
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


# -- where epsilon may go (trusted side only) ----------------------------------------------

DEFAULTS = {"adagrad": {"learning_rate": 1e-2, "epsilon": 1e-8},
            "rmsprop": {"learning_rate": 1e-2, "decay_rate": 0.99, "epsilon": 1e-8},
            "adam": {"learning_rate": 1e-3, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}}

# denominator(second moment, epsilon) of the step, as the contract accepts it
DENOMINATORS = {
    "epsilon added to the root (the reference)": lambda second, eps: np.sqrt(second) + eps,
    "no epsilon (the seed)": lambda second, eps: np.sqrt(second),
    "epsilon inside the root (Keras)": lambda second, eps: np.sqrt(second + eps),
}


def _with_denominator(rule, denominator, folded=False):
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


def _accepted_forms(rule):
    forms = [_with_denominator(rule, denominator) for denominator in DENOMINATORS.values()]
    if rule == "adam":
        forms += [_with_denominator(rule, denominator, folded=True)
                  for denominator in DENOMINATORS.values()]
    return forms


ACCEPTED_STEP = "next_w, with epsilon where the contract allows it"


def _matches_an_accepted_form(rule):
    """derive(): 1.0 when every next_w is one accepted form's (all steps, one form).

    With tiny gradient entries (|dw| ~ 1e-9, below epsilon) the place of epsilon changes
    the step by far more than the tolerance, so each accepted place is computed here and
    the submission must follow one of them; `np.sqrt(v) - eps` or another epsilon follows
    none.
    """
    def derive(outputs, inputs):
        for form in _accepted_forms(rule):
            with np.errstate(all="ignore"):
                expected = optimizer_steps({rule: form}, {}, copy.deepcopy(inputs), rule)
            steps = [key for key in expected if key.startswith("next_w")]
            if all(key in outputs and safe_check(STEP, outputs[key], expected[key]) is None
                   for key in steps):
                return {ACCEPTED_STEP: 1.0}
        return {ACCEPTED_STEP: 0.0}
    return derive


# -- inputs ------------------------------------------------------------------------------

def _signed(rng, low, high, shape):
    return rng.choice([-1.0, 1.0], size=shape) * rng.uniform(low, high, size=shape)


def _steps(count, shape=None, config=None):
    """w (S), dws (count, S) and an optional first config drawn by `config(rng, w)`."""
    def inputs(rng):
        size = shape or tuple(int(n) for n in rng.integers(2, 6, size=rng.integers(1, 3)))
        w = _signed(rng, 0.5, 2.0, size)
        drawn = {"w": w, "dws": _signed(rng, 0.3, 2.0, (count, *size))}
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


def _given_hyper_parameters(rule):
    return lambda rng, w: HYPER_PARAMETERS[rule](rng)


def _given_state(rule):
    """Hyper-parameters plus a state as if some steps had been taken (Adam at t = 5)."""
    def config(rng, w):
        given = HYPER_PARAMETERS[rule](rng)
        if rule == "sgd_momentum":
            given["velocity"] = _signed(rng, 0.1, 1.0, w.shape)
        elif rule in ("adagrad", "rmsprop"):
            given["cache"] = rng.uniform(0.5, 3.0, size=w.shape)
        elif rule == "adam":
            given.update(m=_signed(rng, 0.1, 1.0, w.shape),
                         v=rng.uniform(0.1, 1.0, size=w.shape), t=5)
        return given
    return config


def _tiny_gradients(count, shape):
    """w and dws from a fresh config, with the same half of the gradient entries tiny
    (|dw| in [1e-10, 1e-9], below the default epsilon 1e-8) at every step."""
    def inputs(rng):
        w = _signed(rng, 0.5, 2.0, shape)
        dws = _signed(rng, 0.3, 2.0, (count, *shape))
        tiny = rng.permutation(np.arange(w.size) % 2 == 0).reshape(shape)
        dws[:, tiny] = _signed(rng, 1e-10, 1e-9, (count, int(tiny.sum())))
        return {"w": w, "dws": dws}
    return inputs


def _rule_checks(rule, count):
    checks = {}
    for step in range(1, count + 1):
        checks[f"next_w after step {step}"] = STEP
        for key, check in STATE_CHECKS[rule].items():
            checks[f"config['{key}'] after step {step}"] = check
    return checks


def _rule_cases(rule):
    cases = [
        Case("a fresh config (none passed), 3 steps", "hw5.optimizer_steps",
             _steps(3, (2, 3)), _rule_checks(rule, 3), params={"rule": rule}, hidden=False),
        Case("a fresh config, 5 steps", "hw5.optimizer_steps", _steps(5),
             _rule_checks(rule, 5), params={"rule": rule}),
        Case("user-given hyper-parameters in config, 3 steps", "hw5.optimizer_steps",
             _steps(3, config=_given_hyper_parameters(rule)), _rule_checks(rule, 3),
             params={"rule": rule}),
    ]
    if rule != "sgd":
        cases.append(Case("resuming from a given state, 2 steps", "hw5.optimizer_steps",
                          _steps(2, config=_given_state(rule)), _rule_checks(rule, 2),
                          params={"rule": rule}))
    if rule in DEFAULTS:
        state = {key: check for key, check in _rule_checks(rule, 3).items()
                 if not key.startswith("next_w")}
        cases.append(Case("tiny gradient entries (below epsilon), 3 steps",
                          "hw5.optimizer_steps", _tiny_gradients(3, (3, 4)),
                          {**state, ACCEPTED_STEP: Holds(
                              "with gradient entries below epsilon, next_w follows no "
                              "accepted form: divide by np.sqrt(cache) + epsilon (or leave "
                              "epsilon out, or put it inside the root)")},
                          params={"rule": rule}, derive=_matches_an_accepted_form(rule)))
    return cases


def _decay(step=None):
    def inputs(rng):
        decay_steps = int(rng.integers(2, 500))
        global_step = int(rng.integers(1, 20)) * decay_steps + int(rng.integers(1, decay_steps))
        return {"lr_base": float(rng.uniform(0.01, 1.0)),
                "decay_rate": float(rng.uniform(0.5, 0.99)),
                "global_step": global_step if step is None else step,
                "decay_steps": decay_steps}
    return inputs


def _few_steps_decay(rng):
    """A few steps, a few per decay, at a mild rate: every wrong exponent (step times
    decay_steps, step alone, ...) gives a rate far from 0, so no two of them look alike."""
    decay_steps = int(rng.integers(2, 6))
    global_step = int(rng.integers(0, 3)) * decay_steps + int(rng.integers(1, decay_steps))
    return {"lr_base": float(rng.uniform(0.1, 1.0)),
            "decay_rate": float(rng.uniform(0.8, 0.95)),
            "global_step": global_step, "decay_steps": decay_steps}


def _seed_decay(rng):
    return {"lr_base": 0.2, "decay_rate": 0.99, "global_step": int(rng.integers(2, 100)),
            "decay_steps": 1}


def _pair(shape):
    def inputs(rng):
        y_true = rng.uniform(0, 2, size=shape)
        return {"y_true": y_true, "y_pred": y_true + rng.normal(0, 0.5, size=shape)}
    return inputs


def _sales(shape, prices=False):
    """The seed's yogurt sales: some predictions above the truth, some below."""
    def inputs(rng):
        y_true = rng.uniform(0, 2, size=shape)
        offsets = _signed(rng, 0.01, 0.3, shape)
        offsets.flat[:2] = [-0.1, 0.1]  # both directions, whatever the draw
        drawn = {"y_true": y_true, "y_pred": y_true + offsets}
        if prices:
            drawn.update(cost=float(rng.uniform(1, 5)), profit=float(rng.uniform(5, 50)))
        return drawn
    return inputs


def _weights(shapes):
    def inputs(rng):
        return {"weights": [rng.normal(size=shape) for shape in shapes],
                "lam": float(rng.uniform(0.001, 0.5))}
    return inputs


def _layers(fixed=None):
    def inputs(rng):
        sizes = fixed or [int(n) for n in rng.integers(1, 1000, size=rng.integers(3, 6))]
        return {"layer_sizes": sizes}
    return inputs


DECAY = _call("exponential_decay", "lr_base", "decay_rate", "global_step", "decay_steps")
PAIR_CHECKS = {"out": VALUE, "arg:y_true": UNCHANGED, "arg:y_pred": UNCHANGED}

QUESTIONS = [
    Question("exponential_decay", 1, [
        Case("the seed's schedule (0.2, 0.99, one step per decay)", "call", _seed_decay,
             {"out": VALUE}, params=DECAY, hidden=False),
        Case("a step between two decays", "call", _decay(), {"out": VALUE}, params=DECAY),
        Case("another step between two decays", "call", _decay(), {"out": VALUE},
             params=DECAY),
        Case("step 0", "call", _decay(step=0), {"out": VALUE}, params=DECAY),
        Case("a few steps, 2 to 5 per decay", "call", _few_steps_decay, {"out": VALUE},
             params=DECAY),
    ], mistakes=[
        Mistake("staircase decay (integer division)", "the contract's decay is smooth: "
                "decay_rate ** (global_step / decay_steps), with /, not //.",
                {"exponential_decay": _decay_staircase}),
        Mistake("decay_steps ignored", "divide the step by decay_steps in the exponent.",
                {"exponential_decay": _decay_every_step}),
        Mistake("exponent inverted", "the exponent is global_step / decay_steps.",
                {"exponential_decay": _decay_inverted}),
    ]),
    Question("mse", 1, [
        Case("two vectors", "call", _pair((6,)), PAIR_CHECKS,
             params=_call("mse", "y_true", "y_pred"), hidden=False),
        Case("two (N, 1) columns", "call", _pair((32, 1)), PAIR_CHECKS,
             params=_call("mse", "y_true", "y_pred")),
        Case("two (N, C) arrays", "call", _pair((4, 3)), PAIR_CHECKS,
             params=_call("mse", "y_true", "y_pred")),
    ], mistakes=[
        Mistake("sum instead of mean", "average over all entries (np.mean).",
                {"mse": _mse_sum}),
        Mistake("differences not squared", "square the differences.", {"mse": _mse_unsquared}),
        Mistake("square root taken (RMSE)", "the MSE has no square root.", {"mse": _mse_root}),
    ]),
    Question("custom_loss", 2, [
        Case("the seed's prices (cost 1, profit 99 by default)", "call", _sales((8, 1)),
             PAIR_CHECKS, params=_call("custom_loss", "y_true", "y_pred"), hidden=False),
        Case("(32, 1) sales with default prices", "call", _sales((32, 1)), PAIR_CHECKS,
             params=_call("custom_loss", "y_true", "y_pred")),
        Case("other prices given as keywords", "call", _sales((10,), prices=True),
             PAIR_CHECKS, params=_call("custom_loss", "y_true", "y_pred", cost="cost",
                                       profit="profit")),
    ], mistakes=[
        Mistake("cost and profit swapped", "over-prediction (y_pred > y_true) costs `cost` "
                "per unit; under-prediction loses `profit` per unit.",
                {"custom_loss": _custom_swapped}),
        Mistake("mean instead of sum", "the loss is summed over all entries.",
                {"custom_loss": _custom_mean}),
        Mistake("negative terms for under-prediction", "each term is a positive amount: "
                "profit * (y_true - y_pred) where the prediction is too low.",
                {"custom_loss": _custom_signed}),
    ]),
    Question("l2_penalty", 1, [
        Case("one weight matrix", "call", _weights([(3, 4)]), {"out": VALUE},
             params=_call("l2_penalty", "weights", "lam"), hidden=False),
        Case("W1 (D, H) and W2 (H, C)", "call", _weights([(5, 4), (4, 3)]), {"out": VALUE},
             params=_call("l2_penalty", "weights", "lam")),
        Case("arrays of mixed ranks", "call", _weights([(6, 2), (2,), (2, 3, 2)]),
             {"out": VALUE}, params=_call("l2_penalty", "weights", "lam")),
    ], mistakes=[
        Mistake("the factor 1/2 missing", "the penalty is lam / 2 times the sum of squares.",
                {"l2_penalty": _l2_no_half}),
        Mistake("norms instead of squared norms", "sum the squares of the entries "
                "(np.sum(w ** 2)), not np.linalg.norm(w).", {"l2_penalty": _l2_norms}),
        Mistake("only the first array counted", "add the squares of every array in the list.",
                {"l2_penalty": _l2_first}),
    ]),
    Question("count_params", 1, [
        Case("[784, 50, 10]", "call", _layers([784, 50, 10]), {"out": Exactly()},
             params=_call("count_params", "layer_sizes"), hidden=False),
        Case("a random deeper network", "call", _layers(), {"out": Exactly()},
             params=_call("count_params", "layer_sizes")),
        Case("one layer, [3, 1]", "call", _layers([3, 1]), {"out": Exactly()},
             params=_call("count_params", "layer_sizes")),
    ], mistakes=[
        Mistake("biases not counted", "every layer after the input has one bias per unit.",
                {"count_params": _count_weights_only}),
        Mistake("biases counted for the input layer too", "only the layers after the input "
                "have biases.", {"count_params": _count_input_biases}),
        Mistake("one bias per input unit", "a layer has one bias per output unit (n_out).",
                {"count_params": _count_bias_per_input}),
    ]),
    Question("sgd", 1, _rule_cases("sgd"), mistakes=[
        Mistake("learning_rate from config ignored", "read the rate from "
                "config['learning_rate'] (config.setdefault fills the default 1e-2).",
                {"sgd": _sgd_fixed_rate}),
        Mistake("step along the gradient", "w - learning_rate * dw goes downhill.",
                {"sgd": _sgd_ascent}),
    ]),
    Question("sgd_momentum", 2, _rule_cases("sgd_momentum"), mistakes=[
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
    ]),
    Question("adagrad", 2, _rule_cases("adagrad"), mistakes=[
        Mistake("cache not accumulated", "Adagrad adds every squared gradient: "
                "cache = cache + dw ** 2.", {"adagrad": _cache_variant("adagrad",
                                                                      "not_accumulated")}),
        Mistake("square root of the cache missing", "divide by np.sqrt(cache) + epsilon.",
                {"adagrad": _cache_variant("adagrad", "no_sqrt")}),
        Mistake("cache not stored in config", "write the new cache back: config['cache'].",
                {"adagrad": _cache_variant("adagrad", "not_stored")}),
    ]),
    Question("rmsprop", 2, _rule_cases("rmsprop"), mistakes=[
        Mistake("decay_rate and 1 - decay_rate swapped", "cache = decay_rate * cache + "
                "(1 - decay_rate) * dw ** 2.", {"rmsprop": _cache_variant("rmsprop",
                                                                          "swapped")}),
        Mistake("cache summed like Adagrad", "RMSProp decays the old cache: "
                "decay_rate * cache + (1 - decay_rate) * dw ** 2.",
                {"rmsprop": _cache_variant("rmsprop", "accumulated")}),
        Mistake("square root of the cache missing", "divide by np.sqrt(cache) + epsilon.",
                {"rmsprop": _cache_variant("rmsprop", "no_sqrt")}),
        Mistake("cache not stored in config", "write the new cache back: config['cache'].",
                {"rmsprop": _cache_variant("rmsprop", "not_stored")}),
    ]),
    Question("adam", 3, _rule_cases("adam"), mistakes=[
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
    ]),
]

ASSIGNMENT = Assignment("hw5_optimizers", QUESTIONS,
                        namespace=lambda: reference.namespace("hw5_optimizers"),
                        cell_timeout=60.0)
