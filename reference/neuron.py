"""hw3: one sigmoid neuron trained by hand-written backpropagation (seed 002)."""
import numpy as np

__all__ = ["sigmoid", "deriv_sigmoid", "mse_loss", "Neuron"]


def sigmoid(x):
    """Logistic function 1 / (1 + exp(-x)), element-wise.

    Args:
        x: float or float array of any shape.

    Returns:
        values in (0, 1), same shape as `x`.
    """
    return 1 / (1 + np.exp(-x))


def deriv_sigmoid(x):
    """Derivative of the sigmoid at x: sigmoid(x) * (1 - sigmoid(x)).

    Args:
        x: float or float array of any shape (the sigmoid's input, not its output).

    Returns:
        values in (0, 0.25], same shape as `x`.
    """
    s = sigmoid(x)
    return s * (1 - s)


def mse_loss(y_true, y_pred):
    """Mean squared error between two vectors of n values.

    Either argument may be shaped (n,) or (n, 1). Compare them entry by entry:
    subtracting an (n, 1) array from an (n,) array directly would broadcast
    to an (n, n) matrix, so bring both to the same 1-D shape first.

    Args:
        y_true: (n,) or (n, 1) targets.
        y_pred: (n,) or (n, 1) predictions.

    Returns:
        float, mean over the n entries of (y_true - y_pred) ** 2.
    """
    y_true = np.ravel(y_true)
    y_pred = np.ravel(y_pred)
    return float(np.mean((y_true - y_pred) ** 2))


class Neuron:
    """A single neuron with two inputs: output = sigmoid(w . x + b).

    Attributes:
        weights: float array (2,), drawn from a standard normal distribution
            with np.random.default_rng(0) in `__init__`.
        bias: float, the next draw from the same generator.

    Methods:
        feedforward(x): x (2,) -> float output in (0, 1);
            x (n, 2) -> (n,) outputs, one per row.
        train(data, all_y_trues, learn_rate=0.1, epochs=1000):
            data: (n, 2) inputs; all_y_trues: (n,) targets in [0, 1].
            Stochastic gradient descent on the squared error: in each epoch,
            for every sample in order, compute the output, backpropagate the
            derivative of (y_true - y_pred) ** 2 through the sigmoid to the
            two weights and the bias (chain rule, by hand), and step each of
            them against its derivative times `learn_rate`. After each epoch
            record mse_loss(all_y_trues, outputs on all of `data`).
            Returns the list of `epochs` losses.
    """

    def __init__(self):
        rng = np.random.default_rng(0)
        self.weights = rng.standard_normal(2)
        self.bias = float(rng.standard_normal())

    def feedforward(self, x):
        return sigmoid(np.dot(x, self.weights) + self.bias)

    def train(self, data, all_y_trues, learn_rate=0.1, epochs=1000):
        losses = []
        for _ in range(epochs):
            for x, y_true in zip(data, all_y_trues):
                z = np.dot(self.weights, x) + self.bias
                y_pred = sigmoid(z)
                d_loss_d_z = -2 * (y_true - y_pred) * deriv_sigmoid(z)
                self.weights = self.weights - learn_rate * d_loss_d_z * x
                self.bias = self.bias - learn_rate * d_loss_d_z
            losses.append(mse_loss(all_y_trues, self.feedforward(data)))
        return losses
