"""hw3 neuron against hand-computed values."""
import numpy as np

from autograder.calibration import NEURON_DATA
from reference.neuron import Neuron, deriv_sigmoid, mse_loss, sigmoid


def test_sigmoid_and_derivative():
    np.testing.assert_allclose(sigmoid(np.array([0.0, np.log(3.0)])), [0.5, 0.75])
    np.testing.assert_allclose(deriv_sigmoid(np.array([0.0, np.log(3.0)])), [0.25, 0.1875])
    x = np.linspace(-4, 4, 9)
    slope = (1 / (1 + np.exp(-(x + 1e-6))) - 1 / (1 + np.exp(-(x - 1e-6)))) / 2e-6
    np.testing.assert_allclose(deriv_sigmoid(x), slope, rtol=1e-7)


def test_mse_loss_never_broadcasts():
    y_true = np.array([1.0, 0.0, 0.0, 1.0])
    y_pred = np.array([0.5, 0.0, 1.0, 1.0])  # squared errors 0.25, 0, 1, 0 -> mean 0.3125
    for a in (y_true, y_true.reshape(-1, 1)):
        for b in (y_pred, y_pred.reshape(-1, 1)):
            assert abs(mse_loss(a, b) - 0.3125) < 1e-15


def test_feedforward():
    neuron = Neuron()
    assert neuron.weights.shape == (2,)
    neuron.weights, neuron.bias = np.array([0.0, 1.0]), 4.0
    assert abs(neuron.feedforward(np.array([2.0, 3.0])) - 1 / (1 + np.exp(-7.0))) < 1e-15


def test_one_training_step_by_hand():
    # z = 0, y_pred = 0.5; dL/dz = -2 (1 - 0.5) * 0.25 = -0.25;
    # w <- [0, 0] + 0.1 * 0.25 * [1, 2] = [0.025, 0.05]; b <- 0.025
    neuron = Neuron()
    neuron.weights, neuron.bias = np.zeros(2), 0.0
    losses = neuron.train(np.array([[1.0, 2.0]]), np.array([1.0]), learn_rate=0.1, epochs=1)
    np.testing.assert_allclose(neuron.weights, [0.025, 0.05])
    assert abs(neuron.bias - 0.025) < 1e-15
    z = 0.025 + 0.1 + 0.025
    assert len(losses) == 1 and abs(losses[0] - (1 - 1 / (1 + np.exp(-z))) ** 2) < 1e-15


def test_training_on_the_seed_data():
    data, y_true = (np.array(a, dtype=float) for a in NEURON_DATA)
    neuron = Neuron()
    losses = neuron.train(data, y_true)
    assert len(losses) == 1000
    assert losses[-1] < 1e-3 < losses[0]
    np.testing.assert_array_equal(neuron.feedforward(data) > 0.5, y_true == 1)
