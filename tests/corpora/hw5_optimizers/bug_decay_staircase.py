"""Bug: staircase decay, global_step // decay_steps (right only when the division is exact)."""
def exponential_decay(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * decay_rate ** (global_step // decay_steps)
