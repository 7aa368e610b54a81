"""Bug: exponent inverted, decay_steps / global_step (and a ZeroDivisionError at step 0)."""
def exponential_decay(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * decay_rate ** (decay_steps / global_step)
