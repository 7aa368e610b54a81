"""hw5 schedule, losses, penalty and parameter count against hand values."""
import numpy as np

from reference.training import count_params, custom_loss, exponential_decay, l2_penalty, mse


def test_exponential_decay():
    assert abs(exponential_decay(0.2, 0.99, 1, 1) - 0.198) < 1e-15
    assert abs(exponential_decay(0.1, 0.5, 20, 10) - 0.025) < 1e-15
    assert abs(exponential_decay(0.1, 0.25, 5, 10) - 0.05) < 1e-15  # half a decay period
    assert exponential_decay(0.3, 0.9, 0, 7) == 0.3


def test_mse():
    assert abs(mse(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 5.0])) - 4 / 3) < 1e-15


def test_custom_loss():
    y_true = np.array([10.0, 10.0, 10.0])
    y_pred = np.array([12.0, 7.0, 10.0])  # 2 over at cost 1, 3 under at profit 99
    assert custom_loss(y_true, y_pred) == 2 + 297
    assert custom_loss(y_true, y_pred, cost=5.0, profit=1.0) == 10 + 3


def test_l2_penalty():
    weights = [np.array([1.0, 2.0]), np.array([[3.0], [-1.0]])]  # squares sum to 15
    assert abs(l2_penalty(weights, 0.1) - 0.75) < 1e-15


def test_count_params():
    assert count_params([784, 50, 10]) == 784 * 50 + 50 + 50 * 10 + 10 == 39760
    assert count_params([2, 3, 1]) == 13
    assert count_params([4, 4]) == 20
