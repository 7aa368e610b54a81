"""hw1 softmax, cross-entropy and SimpleNet against hand-computed values."""
import numpy as np

from reference.softmax_classifier import SimpleNet, cross_entropy_error, softmax


def test_softmax_hand_example():
    # exp(log k) = k, so the probabilities are 1/8, 2/8, 5/8
    np.testing.assert_allclose(softmax(np.log([1.0, 2.0, 5.0])), [0.125, 0.25, 0.625])


def test_softmax_rows_are_independent_and_sum_to_one():
    x = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [-5.0, 10.0, 2.0]])
    p = softmax(x)
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    for row in range(3):
        np.testing.assert_allclose(p[row], softmax(x[row]))
    np.testing.assert_allclose(p[1], [1 / 3] * 3)


def test_softmax_is_stable_and_shift_invariant():
    big = np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -999.0, -998.0]])
    p = softmax(big)
    assert np.all(np.isfinite(p))
    expected = np.exp([0.0, 1.0, 2.0]) / np.sum(np.exp([0.0, 1.0, 2.0]))
    np.testing.assert_allclose(p, [expected, expected])
    x = np.random.default_rng(0).standard_normal((4, 5))
    shifts = np.array([[3.0], [-7.0], [100.0], [0.5]])  # a different shift per row
    np.testing.assert_allclose(softmax(x + shifts), softmax(x))


def test_softmax_leaves_input_unchanged():
    x = np.array([[3.0, 1.0], [2.0, 5.0]])
    before = x.copy()
    softmax(x)
    assert np.array_equal(x, before)


def test_cross_entropy_hand_values():
    p = np.array([0.1, 0.7, 0.2])
    y = np.array([0, 1, 0])
    assert abs(cross_entropy_error(p, y) - (-np.log(0.7 + 1e-7))) < 1e-12
    batch_p = np.array([[0.1, 0.7, 0.2], [0.5, 0.25, 0.25]])
    batch_y = np.array([[0, 1, 0], [0, 0, 1]])
    expected = (-np.log(0.7 + 1e-7) - np.log(0.25 + 1e-7)) / 2  # mean, not sum
    assert abs(cross_entropy_error(batch_p, batch_y) - expected) < 1e-12


def test_cross_entropy_with_zero_probabilities_is_finite():
    assert abs(cross_entropy_error(np.array([0.0, 1.0]), np.array([1, 0])) - 16.11809565) < 1e-6
    assert abs(cross_entropy_error(np.array([0.0, 1.0]), np.array([0, 1]))
               - (-np.log(1 + 1e-7))) < 1e-15


def test_simple_net():
    net = SimpleNet()
    assert net.W.shape == (2, 3)
    net.W = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    x = np.array([0.6, 0.9])
    np.testing.assert_allclose(net.predict(x), [0.6 + 3.6, 1.2 + 4.5, 1.8 + 5.4])
    net.W = np.zeros((2, 3))  # equal scores: each class has probability 1/3
    assert abs(net.loss(x, np.array([0, 0, 1])) - (-np.log(1 / 3 + 1e-7))) < 1e-12
    batch = np.array([[0.6, 0.9], [1.0, -1.0]])
    assert abs(net.loss(batch, np.array([[0, 0, 1], [1, 0, 0]])) - (-np.log(1 / 3 + 1e-7))) < 1e-12
