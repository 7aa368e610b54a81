"""What the drivers and the question declarations agree on, defined once for both sides.

The drivers (run in the sandbox, where only autograder/worker/ is mounted) name their
outputs with these keys, and the declarations (trusted side) check outputs of the same
names; hw2's network proxy (client: drivers/hw2.py) and its trusted side
(questions/hw2_two_layer_net/network_proxy.py) exchange the messages defined here.
numpy only: this module is imported inside the sandbox.
"""
import numpy as np

# -- hw2: a TwoLayerNet's parameters, and the keys of the gradient dicts it returns ------

PARAM_KEYS = ("W1", "b1", "W2", "b2")

# -- hw4: the dict `model` returns ---------------------------------------------------------

MODEL_KEYS = ("costs", "Y_prediction_test", "Y_prediction_train", "w", "b")

# -- hw5: the state each update rule keeps in its config; optimizer_steps' outputs ---------

STATE_KEYS = {"sgd": (), "sgd_momentum": ("velocity",), "adagrad": ("cache",),
              "rmsprop": ("cache",), "adam": ("m", "v", "t")}
NEXT_W_PREFIX = "next_w after step "


def next_w_output(step):
    """The output holding next_w after step `step` (from 1)."""
    return f"{NEXT_W_PREFIX}{step}"


def state_output(key, step):
    """The output holding config[key] after step `step` (from 1)."""
    return f"config['{key}'] after step {step}"


# -- hw2: the network proxy's messages -----------------------------------------------------
#
# While `train` or `gradient_check` is graded, the network is a proxy whose every method is
# a call of the oracle name network_call(method), computed by the reference on the trusted
# side. Its arguments: a params message, then a batch message, then (loss, gradient) the
# case's learning rate or None. Replies: predict -> (N, C) array, accuracy -> float,
# numerical_gradient -> flat gradient, loss -> {"loss", "gradient"} (the gradient at the
# same params, the call that usually follows), gradient -> {"gradient", "loss_after_step"}
# (the loss after one SGD step at the learning rate, what train records next; None without
# a learning rate). Flat arrays list W1 b1 W2 b2 in that order, each raveled.

NETWORK_CLASS = "TwoLayerNet"
NETWORK_METHODS = ("predict", "accuracy", "numerical_gradient", "loss", "gradient")
UNKNOWN_TOKEN = "unknown params token"  # the trusted side forgot them: send them again
REMEMBERED_PARAMS = 4                   # params the trusted side keeps, by token


def network_call(method):
    """The oracle name of the proxy's `method`: "TwoLayerNet.gradient"."""
    return f"{NETWORK_CLASS}.{method}"


def flatten(params):
    """{W1 b1 W2 b2: arrays} -> (one flat float array, [shape of each, as lists])."""
    arrays = [np.asarray(params[key], dtype=float) for key in PARAM_KEYS]
    return (np.concatenate([array.ravel() for array in arrays]),
            [list(array.shape) for array in arrays])


def unflatten(flat, shapes):
    """The inverse of flatten: {W1 b1 W2 b2: arrays of `shapes`}."""
    shapes = [tuple(int(n) for n in shape) for shape in shapes]
    sizes = [int(np.prod(shape)) for shape in shapes]
    pieces = np.split(np.asarray(flat, dtype=float), np.cumsum(sizes)[:-1])
    return {key: piece.reshape(shape) for key, piece, shape in zip(PARAM_KEYS, pieces, shapes)}


def params_message(token, flat=None, shapes=None):
    """The params argument: the token alone when the trusted side has them already."""
    return {"token": token} if flat is None else {"token": token, "flat": flat,
                                                  "shapes": shapes}


def batch_message(x=None, t=None, rows=None):
    """The batch argument: training-set row numbers (`rows`) or the inputs `x`; `t` when
    it is not the training set's own targets of those rows."""
    message = {"rows": rows} if rows is not None else {"x": x}
    if t is not None:
        message["t"] = t
    return message
