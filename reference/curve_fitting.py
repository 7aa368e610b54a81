"""hw6: fitting a cubic by hand-derived gradients, losses and CNN shapes (seed 004)."""
import numpy as np

__all__ = ["fit_cubic", "l1_loss", "mse_loss", "conv_output_size", "cnn_param_count"]


def fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0):
    """Fit y ~ a + b x + c x^2 + d x^3 by gradient descent on the summed squared error.

    Start a, b, c, d at four draws from np.random.default_rng(seed).random()
    (uniform in [0, 1), in that order). In every epoch compute the predictions,
    the loss sum((y_pred - y) ** 2), the derivative of that loss with respect
    to each of a, b, c, d (by the chain rule, by hand), and step each
    coefficient against its derivative times `learning_rate`.

    Args:
        x: (N,) float inputs, e.g. np.linspace(-np.pi, np.pi, 2000).
        y: (N,) float targets, e.g. np.sin(x).
        learning_rate: float.
        epochs: int, number of gradient steps.
        seed: int, seed of the generator for the starting coefficients.

    Returns:
        (a, b, c, d): tuple of 4 floats, the coefficients after the last step.
        losses: list of `epochs` floats, the loss of each epoch, computed
            before that epoch's update.
    """
    a, b, c, d = np.random.default_rng(seed).random(4)
    losses = []
    for _ in range(epochs):
        y_pred = a + b * x + c * x ** 2 + d * x ** 3
        losses.append(float(np.sum((y_pred - y) ** 2)))
        grad_y_pred = 2 * (y_pred - y)
        a -= learning_rate * np.sum(grad_y_pred)
        b -= learning_rate * np.sum(grad_y_pred * x)
        c -= learning_rate * np.sum(grad_y_pred * x ** 2)
        d -= learning_rate * np.sum(grad_y_pred * x ** 3)
    return (float(a), float(b), float(c), float(d)), losses


def l1_loss(pred, target, reduction="mean"):
    """L1 loss: absolute differences, averaged or summed.

    Args:
        pred: float array, any shape.
        target: float array of the same shape.
        reduction: "mean" (average over all entries) or "sum".

    Returns:
        float. Any other `reduction` raises ValueError.
    """
    errors = np.abs(np.asarray(pred) - np.asarray(target))
    if reduction == "mean":
        return float(np.mean(errors))
    if reduction == "sum":
        return float(np.sum(errors))
    raise ValueError(f"reduction must be 'mean' or 'sum', not {reduction!r}")


def mse_loss(pred, target, reduction="mean"):
    """Squared-error loss: squared differences, averaged or summed.

    Args:
        pred: float array, any shape.
        target: float array of the same shape.
        reduction: "mean" (average over all entries) or "sum".

    Returns:
        float. Any other `reduction` raises ValueError.
    """
    errors = (np.asarray(pred) - np.asarray(target)) ** 2
    if reduction == "mean":
        return float(np.mean(errors))
    if reduction == "sum":
        return float(np.sum(errors))
    raise ValueError(f"reduction must be 'mean' or 'sum', not {reduction!r}")


def conv_output_size(size, kernel, stride=1, padding=0):
    """Spatial output size of a convolution or pooling layer along one axis.

    A window of `kernel` cells slides by `stride` over the input padded with
    `padding` cells on each side; count the positions where it fits entirely.

    Args:
        size: int, input height (or width).
        kernel: int, window size.
        stride: int.
        padding: int, cells added on each side.

    Returns:
        int, (size + 2 padding - kernel) // stride + 1.
    """
    return (size + 2 * padding - kernel) // stride + 1


def cnn_param_count():
    """Number of trainable parameters of the seed's CNN for 3x32x32 images.

    Conv2d(3, 32, 5, 1, 2), MaxPool2d(2), Conv2d(32, 32, 5, 1, 2), MaxPool2d(2),
    Conv2d(32, 64, 5, 1, 2), MaxPool2d(2), Flatten, Linear(1024, 64),
    Linear(64, 10). A Conv2d(c_in, c_out, k, ...) has c_out kernels of
    c_in x k x k weights plus c_out biases; a Linear(n_in, n_out) has
    n_in x n_out weights plus n_out biases; pooling and flattening have none.

    Returns:
        int, the total.
    """
    conv_layers = [(3, 32, 5), (32, 32, 5), (32, 64, 5)]
    linear_layers = [(1024, 64), (64, 10)]
    conv_params = sum(c_out * c_in * k * k + c_out for c_in, c_out, k in conv_layers)
    linear_params = sum(n_in * n_out + n_out for n_in, n_out in linear_layers)
    return conv_params + linear_params
