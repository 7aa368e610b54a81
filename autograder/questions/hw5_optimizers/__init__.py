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
from ..spec import Assignment
from . import (exponential_decay, mse, custom_loss, l2_penalty, count_params, sgd, sgd_momentum,
               adagrad, rmsprop, adam)

ASSIGNMENT = Assignment(
    "hw5_optimizers",
    [exponential_decay.QUESTION,
     mse.QUESTION,
     custom_loss.QUESTION,
     l2_penalty.QUESTION,
     count_params.QUESTION,
     sgd.QUESTION,
     sgd_momentum.QUESTION,
     adagrad.QUESTION,
     rmsprop.QUESTION,
     adam.QUESTION],
    reference_modules=("training", "optimizers"), seed=5005, drivers="hw5")
