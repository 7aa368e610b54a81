"""hw6 cubic fit against least squares, losses and CNN sizes against hand counts."""
import numpy as np
import pytest

from reference.curve_fitting import cnn_param_count, conv_output_size, fit_cubic, l1_loss, mse_loss

X = np.linspace(-np.pi, np.pi, 2000)
Y = np.sin(X)
POWERS = np.vander(X, 4, increasing=True)  # columns 1, x, x^2, x^3


def test_first_step_matches_matrix_gradient():
    start = np.random.default_rng(0).random(4)  # the documented starting point
    gradient = 2 * POWERS.T @ (POWERS @ start - Y)
    (a, b, c, d), losses = fit_cubic(X, Y, epochs=1)
    np.testing.assert_allclose([a, b, c, d], start - 1e-6 * gradient, rtol=1e-12)
    assert losses == [pytest.approx(np.sum((POWERS @ start - Y) ** 2))]


def test_fit_approaches_least_squares():
    best = np.linalg.lstsq(POWERS, Y, rcond=None)[0]  # about 0.857 x - 0.0933 x^3
    best_loss = np.sum((POWERS @ best - Y) ** 2)  # about 8.82
    coefficients, losses = fit_cubic(X, Y)
    loss = np.sum((POWERS @ np.array(coefficients) - Y) ** 2)
    assert len(losses) == 2000 and losses[-1] < losses[0]
    assert best_loss <= loss < 1.1 * best_loss  # 2000 steps get within 10 %
    np.testing.assert_allclose(coefficients[1::2], best[1::2], atol=0.02)


def test_l1_and_mse_losses():
    pred, target = np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 5.0])
    assert l1_loss(pred, target, reduction="sum") == 2.0
    assert l1_loss(pred, target) == pytest.approx(2 / 3)
    assert mse_loss(pred, target, reduction="sum") == 4.0
    assert mse_loss(pred, target) == pytest.approx(4 / 3)
    with pytest.raises(ValueError):
        l1_loss(pred, target, reduction="max")


def test_conv_output_size():
    assert conv_output_size(32, 5, 1, 2) == 32  # 'same' convolution
    assert conv_output_size(32, 2, 2) == 16  # MaxPool2d(2)
    assert conv_output_size(28, 5) == 24
    assert conv_output_size(7, 3, stride=2, padding=1) == 4


def test_cnn_param_count():
    conv1 = 32 * 3 * 5 * 5 + 32  # 2432
    conv2 = 32 * 32 * 5 * 5 + 32  # 25632
    conv3 = 64 * 32 * 5 * 5 + 64  # 51264
    linear1 = 64 * 4 * 4 * 64 + 64  # 32 -> 16 -> 8 -> 4 after three pools: 65600
    linear2 = 64 * 10 + 10  # 650
    assert cnn_param_count() == conv1 + conv2 + conv3 + linear1 + linear2 == 145578
