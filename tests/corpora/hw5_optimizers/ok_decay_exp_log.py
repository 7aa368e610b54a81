"""Correct exponential decay written as exp(log(rate) * step / steps)."""
def exponential_decay(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * np.exp(np.log(decay_rate) * global_step / decay_steps)
