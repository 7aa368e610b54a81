"""hw5: learning-rate schedule, losses, regularisation and model size (seed 001)."""
import numpy as np

__all__ = ["exponential_decay", "mse", "custom_loss", "l2_penalty", "count_params"]


def exponential_decay(lr_base, decay_rate, global_step, decay_steps):
    """Exponentially decaying learning rate.

    The rate is multiplied by `decay_rate` once every `decay_steps` steps,
    smoothly in between: lr_base * decay_rate ** (global_step / decay_steps).

    Args:
        lr_base: float, the rate at step 0.
        decay_rate: float in (0, 1].
        global_step: int (or array of ints), the current step.
        decay_steps: int, steps per decay by `decay_rate`.

    Returns:
        float (or array shaped like `global_step`), the learning rate.
    """
    return lr_base * decay_rate ** (global_step / decay_steps)


def mse(y_true, y_pred):
    """Mean squared error.

    Args:
        y_true: float array, any shape.
        y_pred: float array of the same shape.

    Returns:
        float, the mean of (y_true - y_pred) ** 2 over all entries.
    """
    return float(np.mean((np.asarray(y_true) - np.asarray(y_pred)) ** 2))


def custom_loss(y_true, y_pred, cost=1.0, profit=99.0):
    """Asymmetric loss of a sales forecast: over- and under-prediction cost differently.

    Each unit predicted above the truth wastes `cost`; each unit predicted
    below the truth loses `profit`. The loss is the sum over all entries of
    cost * (y_pred - y_true) where y_pred > y_true, and
    profit * (y_true - y_pred) elsewhere.

    Args:
        y_true: float array, any shape.
        y_pred: float array of the same shape.
        cost: float, price of one unit of over-prediction.
        profit: float, price of one unit of under-prediction.

    Returns:
        float, the summed loss.
    """
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    over = cost * (y_pred - y_true)
    under = profit * (y_true - y_pred)
    return float(np.sum(np.where(y_pred > y_true, over, under)))


def l2_penalty(weights, lam):
    """L2 regularisation term: lam / 2 times the sum of squares of all weights.

    Args:
        weights: list of float arrays of any shapes (e.g. [W1 (D, H), W2 (H, C)]).
        lam: float, the regularisation strength.

    Returns:
        float, lam / 2 * sum over every array of the sum of its squared entries.
    """
    return float(lam / 2 * sum(np.sum(np.square(w)) for w in weights))


def count_params(layer_sizes):
    """Number of parameters of a fully connected network.

    Between consecutive layers of sizes n_in and n_out there is an
    (n_in, n_out) weight matrix and an (n_out,) bias.

    Args:
        layer_sizes: list of ints, from the input layer to the output layer,
            e.g. [784, 50, 10].

    Returns:
        int, all weights plus all biases (39760 for [784, 50, 10]).
    """
    return int(sum(n_in * n_out + n_out
                   for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:])))
