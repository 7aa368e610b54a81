"""Correct exponential decay with math.pow (scalars only, which is all the contract asks)."""
import math


def exponential_decay(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * math.pow(decay_rate, global_step / decay_steps)
