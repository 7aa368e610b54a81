"""hw2 TwoLayerNet against an independent forward pass, exact-loss gradients and MNIST."""
import numpy as np
import pytest

from autograder.calibration import THRESHOLDS
from autograder.data import mnist_grading_subset
from reference.two_layer_net import TwoLayerNet, relu, train


def relative_error(a, b):
    return np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b))


def small_problem(seed=0):
    """A 5-4-3 float64 net with weights of scale 0.5 on 6 samples, no hidden unit near its kink."""
    rng = np.random.default_rng(seed)
    net = TwoLayerNet(5, 4, 3, weight_init_std=0.5)
    net.params["b1"] = rng.standard_normal(4)
    net.params["b2"] = rng.standard_normal(3)
    x = rng.standard_normal((6, 5))
    t = np.eye(3)[rng.integers(0, 3, size=6)]
    hidden_inputs = x @ net.params["W1"] + net.params["b1"]
    assert np.min(np.abs(hidden_inputs)) > 1e-3  # central differences never cross a kink
    return net, x, t


def exact_loss(net, x, t):
    """Mean cross-entropy without the 1e-7, by log-sum-exp (written independently)."""
    hidden = np.maximum(0, x @ net.params["W1"] + net.params["b1"])
    scores = hidden @ net.params["W2"] + net.params["b2"]
    top = scores.max(axis=1, keepdims=True)
    log_probs = scores - top - np.log(np.exp(scores - top).sum(axis=1, keepdims=True))
    return -np.mean(np.sum(t * log_probs, axis=1))


def central_gradient(f, array, h=1e-5):
    grad = np.zeros_like(array)
    for idx in np.ndindex(array.shape):
        original = array[idx]
        array[idx] = original + h
        up = f()
        array[idx] = original - h
        down = f()
        array[idx] = original
        grad[idx] = (up - down) / (2 * h)
    return grad


def test_relu():
    np.testing.assert_array_equal(relu(np.array([[-2.0, 0.0], [0.5, 3.0]])), [[0, 0], [0.5, 3]])


def test_params_shapes_and_init():
    net = TwoLayerNet(784, 50, 10)
    assert {k: v.shape for k, v in net.params.items()} == {
        "W1": (784, 50), "b1": (50,), "W2": (50, 10), "b2": (10,)}
    assert not net.params["b1"].any() and not net.params["b2"].any()
    assert 0.009 < net.params["W1"].std() < 0.011


def test_predict_is_a_row_wise_softmax():
    net, x, _ = small_problem()
    hidden = np.maximum(0, x @ net.params["W1"] + net.params["b1"])
    exp_scores = np.exp(hidden @ net.params["W2"] + net.params["b2"])
    expected = exp_scores / exp_scores.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(net.predict(x), expected, rtol=1e-12)
    for row in range(len(x)):  # a whole-batch softmax would fail this
        np.testing.assert_allclose(net.predict(x[row:row + 1])[0], expected[row], rtol=1e-12)


def test_loss_and_accuracy_hand_values():
    net = TwoLayerNet(2, 2, 2)
    net.params.update(W1=np.eye(2), b1=np.zeros(2), W2=np.eye(2) * np.log(3), b2=np.zeros(2))
    x = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])  # probabilities 3/4 for the 'on' input
    t = np.array([[1, 0], [0, 1], [0, 1]])
    expected = -(2 * np.log(0.75 + 1e-7) + np.log(0.25 + 1e-7)) / 3
    assert abs(net.loss(x, t) - expected) < 1e-12
    assert net.accuracy(x, t) == pytest.approx(2 / 3)
    assert net.accuracy(x, np.array([0, 1, 1])) == pytest.approx(2 / 3)


def test_backprop_matches_numerical_gradient_of_exact_loss():
    net, x, t = small_problem()
    grads = net.gradient(x, t)
    for key in ("W1", "b1", "W2", "b2"):
        numeric = central_gradient(lambda: exact_loss(net, x, t), net.params[key])
        assert relative_error(grads[key], numeric) < 1e-7, key


def test_numerical_gradient_method_matches_backprop():
    # the loss has 1e-7 inside the log, which backprop's (p - t) / N ignores:
    # the two differ by about 1e-7 / p_target relative, hence 1e-6 and p_target > 0.1
    net, x, t = small_problem(seed=7)
    assert np.min(np.sum(net.predict(x) * t, axis=1)) > 0.1
    numeric, analytic = net.numerical_gradient(x, t), net.gradient(x, t)
    assert set(numeric) == set(analytic) == {"W1", "b1", "W2", "b2"}
    for key in analytic:
        assert numeric[key].shape == net.params[key].shape
        assert relative_error(analytic[key], numeric[key]) < 1e-6, key


def test_train_on_mnist_subset(data_folder):
    x_train, t_train, x_test, t_test = mnist_grading_subset(data_folder)
    settings = THRESHOLDS["train_mnist"]
    net = TwoLayerNet(784, 50, 10)
    losses = train(net, x_train, t_train, settings["iters_num"], settings["batch_size"],
                   settings["learning_rate"])
    assert len(losses) == settings["iters_num"]
    assert np.mean(losses[-50:]) < 0.5 * np.mean(losses[:50])
    assert net.accuracy(x_test, t_test) > 0.85  # 2000 training images; ~0.89-0.90 in practice


def test_train_is_reproducible():
    rng = np.random.default_rng(0)
    x, t = rng.standard_normal((30, 4)), np.eye(3)[rng.integers(0, 3, 30)]
    runs = [train(TwoLayerNet(4, 5, 3), x, t, 20, 8, 0.1) for _ in range(2)]
    assert runs[0] == runs[1]
