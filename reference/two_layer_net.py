"""hw2: a two-layer network trained by mini-batch SGD (seed 000, second half).

The hw2 notebook gives `softmax`, `cross_entropy_error` and `numerical_gradient`
from hw1 as ready-made code; they are imported here under the same names.
"""
import numpy as np

from reference.gradients import numerical_gradient
from reference.softmax_classifier import cross_entropy_error, softmax

__all__ = ["relu", "TwoLayerNet", "train", "gradient_check"]


def relu(x):
    """Rectified linear unit, element-wise max(0, x).

    Args:
        x: float array of any shape.

    Returns:
        float array of the same shape; negative entries replaced by 0.
    """
    return np.maximum(0, x)


class TwoLayerNet:
    """Input -> affine -> ReLU -> affine -> softmax, for N samples of D features.

    Shapes: D = input_size, H = hidden_size, C = output_size.

    `params` is a dict with keys
        "W1": (D, H) weights, weight_init_std times standard-normal draws,
        "b1": (H,) zeros,
        "W2": (H, C) weights, weight_init_std times standard-normal draws,
        "b2": (C,) zeros.
    The draws come from np.random.default_rng(0) (W1 first, then W2), so two
    networks of the same size start from the same weights.

    Methods (x: (N, D) inputs; t: (N, C) one-hot targets):
        predict(x) -> (N, C) class probabilities: softmax of
            relu(x W1 + b1) W2 + b2, each row normalised on its own.
        loss(x, t) -> float, cross_entropy_error(predict(x), t).
        accuracy(x, t) -> float in [0, 1], the fraction of rows whose most
            probable class is the target class; t may also be (N,) labels.
        numerical_gradient(x, t) -> dict W1 b1 W2 b2 of arrays shaped like
            the params: the gradient of loss(x, t) by `numerical_gradient`.
        gradient(x, t) -> the same dict, computed by backpropagation.
    """

    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        rng = np.random.default_rng(0)
        self.params = {
            "W1": weight_init_std * rng.standard_normal((input_size, hidden_size)),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * rng.standard_normal((hidden_size, output_size)),
            "b2": np.zeros(output_size),
        }

    def predict(self, x):
        hidden = relu(np.dot(x, self.params["W1"]) + self.params["b1"])
        scores = np.dot(hidden, self.params["W2"]) + self.params["b2"]
        return softmax(scores)

    def loss(self, x, t):
        return cross_entropy_error(self.predict(x), t)

    def accuracy(self, x, t):
        predicted = np.argmax(self.predict(x), axis=1)
        labels = t if t.ndim == 1 else np.argmax(t, axis=1)
        return float(np.mean(predicted == labels))

    def numerical_gradient(self, x, t):
        loss_of_params = lambda _: self.loss(x, t)
        return {key: numerical_gradient(loss_of_params, self.params[key])
                for key in ("W1", "b1", "W2", "b2")}

    def gradient(self, x, t):
        W1, b1, W2, b2 = (self.params[key] for key in ("W1", "b1", "W2", "b2"))
        batch_size = x.shape[0]
        # forward
        a1 = np.dot(x, W1) + b1
        z1 = relu(a1)
        p = softmax(np.dot(z1, W2) + b2)
        # backward: softmax with cross-entropy gives (p - t) / N at the scores
        d_scores = (p - t) / batch_size
        d_z1 = np.dot(d_scores, W2.T)
        d_a1 = d_z1 * (a1 > 0)
        return {
            "W1": np.dot(x.T, d_a1),
            "b1": np.sum(d_a1, axis=0),
            "W2": np.dot(z1.T, d_scores),
            "b2": np.sum(d_scores, axis=0),
        }


def gradient_check(network, x, t):
    """The gradient check: backpropagation against the numerical gradient.

    Args:
        network: a TwoLayerNet (its `params` W1 b1 W2 b2 are left unchanged).
        x: (N, D) float inputs.
        t: (N, C) one-hot targets.

    Returns:
        dict with keys "W1", "b1", "W2", "b2": for each, a float, the mean over
        the entries of |network.gradient(x, t)[key] -
        network.numerical_gradient(x, t)[key]|. Small values (1e-6 or less)
        mean the backpropagation agrees with the numerical gradient.
    """
    grad_backprop = network.gradient(x, t)
    grad_numerical = network.numerical_gradient(x, t)
    return {key: float(np.mean(np.abs(grad_backprop[key] - grad_numerical[key])))
            for key in ("W1", "b1", "W2", "b2")}


def train(network, x_train, t_train, iters_num, batch_size, learning_rate):
    """Mini-batch stochastic gradient descent on a TwoLayerNet.

    Each of the `iters_num` iterations draws `batch_size` random rows of the
    training set, computes the gradient of the loss on that batch by
    backpropagation (`network.gradient`), moves every parameter against its
    gradient (param <- param - learning_rate * grad) and records the batch
    loss after the update. The parameters of `network` are updated in place.
    The batches are drawn (with replacement) from np.random.default_rng(0),
    created afresh in each call, so a call is reproducible.

    Args:
        network: a TwoLayerNet.
        x_train: (N, D) float inputs.
        t_train: (N, C) one-hot targets.
        iters_num: int, number of SGD steps.
        batch_size: int, rows per step.
        learning_rate: float.

    Returns:
        losses: list of `iters_num` floats, the batch loss at each iteration.
    """
    rng = np.random.default_rng(0)
    train_size = x_train.shape[0]
    losses = []
    for _ in range(iters_num):
        batch = rng.choice(train_size, batch_size)
        x_batch, t_batch = x_train[batch], t_train[batch]
        grads = network.gradient(x_batch, t_batch)
        for key in ("W1", "b1", "W2", "b2"):
            network.params[key] -= learning_rate * grads[key]
        losses.append(float(network.loss(x_batch, t_batch)))
    return losses
