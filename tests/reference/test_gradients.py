"""hw1 gradients against analytic derivatives."""
import numpy as np

from reference.gradients import gradient_descent, numerical_diff, numerical_gradient


def test_numerical_diff_is_central():
    # central differences are exact for a parabola; a forward difference is off by h
    assert abs(numerical_diff(lambda x: x ** 2, 1.0) - 2.0) < 1e-9
    assert abs(numerical_diff(np.sin, 1.0) - np.cos(1.0)) < 1e-8
    # for x^3 the central-difference error is exactly h^2 = 1e-8
    assert abs(numerical_diff(lambda x: x ** 3, 2.0) - 12.0 - 1e-8) < 1e-9


def test_numerical_gradient_matches_analytic_in_1d_2d_3d():
    rng = np.random.default_rng(1)
    for shape in [(5,), (3, 4), (2, 3, 4)]:
        x = rng.standard_normal(shape)
        weights = rng.standard_normal(shape)
        grad = numerical_gradient(lambda v: np.sum(weights * np.sin(v)), x)
        assert grad.shape == shape
        np.testing.assert_allclose(grad, weights * np.cos(x), atol=1e-8)
        grad = numerical_gradient(lambda v: np.sum(v ** 3) / 3, x)
        np.testing.assert_allclose(grad, x ** 2, atol=1e-8)


def test_numerical_gradient_of_quadratic_form():
    rng = np.random.default_rng(2)
    x = rng.standard_normal((3, 2))
    matrix = rng.standard_normal((6, 6))
    grad = numerical_gradient(lambda v: v.ravel() @ matrix @ v.ravel(), x)
    np.testing.assert_allclose(grad.ravel(), (matrix + matrix.T) @ x.ravel(), atol=1e-8)


def test_closure_that_ignores_its_argument():
    # the course's usage: lambda w: net.loss(x, t) reads the nudged array itself
    W = np.array([[1.0, -2.0, 0.5], [3.0, 0.25, -1.0]])
    scale = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    grad = numerical_gradient(lambda _: np.sum(scale * W ** 2), W)
    np.testing.assert_allclose(grad, 2 * scale * W, atol=1e-7)


def test_x_is_restored_and_f_sees_the_full_array():
    x = np.random.default_rng(3).standard_normal((2, 3, 2))
    before = x.copy()
    seen_shapes = set()

    def f(v):
        seen_shapes.add(v.shape)
        return float(np.sum(v ** 2))

    numerical_gradient(f, x)
    assert np.array_equal(x, before)
    assert seen_shapes == {(2, 3, 2)}


def test_gradient_descent_on_a_quadratic():
    # grad of sum(x^2) is 2x, so each step multiplies x by (1 - 2 lr)
    x0 = np.array([3.0, -4.0])
    final = gradient_descent(lambda x: np.sum(x ** 2), x0.copy(), lr=0.1, step_num=20)
    np.testing.assert_allclose(final, x0 * 0.8 ** 20, rtol=1e-6)
    final = gradient_descent(lambda x: np.sum(x ** 2), x0.copy())
    np.testing.assert_allclose(final, x0 * 0.98 ** 100, rtol=1e-6)


def test_gradient_descent_through_a_closure():
    # the array is updated in place, so a closure reading it sees every step
    W = np.array([1.0, 2.0])
    final = gradient_descent(lambda _: np.sum(W ** 2), W, lr=0.1, step_num=10)
    np.testing.assert_allclose(final, [0.8 ** 10, 2 * 0.8 ** 10], rtol=1e-6)
