"""Drivers for hw5_optimizers: several consecutive optimizer steps (the others use "call")."""
import numpy as np

from ..protocol import STATE_KEYS, next_w_output, state_output
from .base import ContractError, lookup, plain
from .signatures import call_as, pair


def _snapshot(value):
    """A copy that later in-place updates by the submission cannot change."""
    return value.copy() if isinstance(value, np.ndarray) else plain(value)


def optimizer_steps(ns, deps, inputs, rule):
    """Steps of `rule(w, dw, config=None) -> (next_w, config)`, one per row of inputs["dws"].

    inputs: "w" (S...), "dws" (K, S...), optional "config" (dict of hyper-parameters and
    state for the first call; absent: the first call passes no config). Each call gets a
    copy of w and dw, so updating w in place and returning it is fine; the returned config
    is passed to the next call. Outputs, for every step k: next_w_output(k) ("next_w after
    step k") and state_output(key, k) for each state key (protocol.STATE_KEYS) the returned
    config holds.
    """
    update = lookup(ns, rule)
    signature = f"{rule}(w, dw, config=None) returning (next_w, config)"
    w = inputs["w"]
    config = dict(inputs["config"]) if inputs.get("config") is not None else None
    outputs = {}
    for step, dw in enumerate(inputs["dws"], start=1):
        arguments = (w.copy(), dw.copy()) + (() if config is None else (config,))
        next_w, config = pair(call_as(update, signature, *arguments), rule, "(next_w, config)")
        if not isinstance(config, dict):
            raise ContractError(f"{rule} should return (next_w, config) with config a dict, "
                                f"found a {type(config).__name__} in second place")
        outputs[next_w_output(step)] = _snapshot(next_w)
        for key in STATE_KEYS[rule]:
            if key in config:
                outputs[state_output(key, step)] = _snapshot(config[key])
        try:
            w = np.array(next_w, dtype=np.float64)
        except (TypeError, ValueError):
            raise ContractError(f"{rule} should return next_w as an array shaped like w, "
                                f"found a {type(next_w).__name__}") from None
    return outputs


DRIVERS = {"hw5.optimizer_steps": optimizer_steps}
