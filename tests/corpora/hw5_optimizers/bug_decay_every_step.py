"""Bug: decay_steps ignored (right only with the seed's one step per decay, and at step 0)."""
def exponential_decay(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * decay_rate ** global_step
