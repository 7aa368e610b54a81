"""hw5_optimizers `exponential_decay`: its known mistakes, inputs and cases."""
from ..spec import Case, Mistake, Question, call
from .common import VALUE


def _decay_staircase(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * decay_rate ** (global_step // decay_steps)


def _decay_every_step(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * decay_rate ** global_step


def _decay_inverted(lr_base, decay_rate, global_step, decay_steps):
    return lr_base * decay_rate ** (decay_steps / global_step)


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


DECAY = call("exponential_decay", "lr_base", "decay_rate", "global_step", "decay_steps")


QUESTION = Question("exponential_decay", 1, [
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
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    "the seed's schedule (0.2, 0.99, one step per decay)":
        '示例中的衰减方式（0.2、0.99，每步衰减一次）',
    'a step between two decays':
        '两次衰减之间的某一步',
    'another step between two decays':
        '两次衰减之间的另一步',
    'step 0':
        '第 0 步',
    'a few steps, 2 to 5 per decay':
        '少数几步，每 2 到 5 步衰减一次',
    'staircase decay (integer division)':
        '阶梯式衰减（整除）',
    "the contract's decay is smooth: decay_rate ** (global_step / decay_steps), with /, not //.":
        '作业规定的衰减是连续的：decay_rate ** (global_step / decay_steps)，用 /，不是 //。',
    'decay_steps ignored':
        '忽略了 decay_steps',
    'divide the step by decay_steps in the exponent.':
        '指数中要用步数除以 decay_steps。',
    'exponent inverted':
        '指数写反了',
    'the exponent is global_step / decay_steps.':
        '指数是 global_step / decay_steps。',
}
