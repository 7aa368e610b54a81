"""hw5 update rules against first steps worked out by hand from the formulas."""
import numpy as np
import pytest

from reference.optimizers import adagrad, adam, rmsprop, sgd, sgd_momentum

W0 = np.array([1.0, -2.0])
DW = np.array([0.5, -0.25])  # no zeros (Adam's 0 / 0 case is not tested here)


def test_sgd():
    w, config = sgd(W0, DW)
    np.testing.assert_allclose(w, [0.995, -1.9975])
    assert config == {"learning_rate": 1e-2}
    w, _ = sgd(W0, DW, {"learning_rate": 1.0})
    np.testing.assert_allclose(w, [0.5, -1.75])


def test_sgd_momentum_two_steps():
    # velocity = 0.1 dw = [0.05, -0.025]; w = w0 - 0.01 velocity
    w, config = sgd_momentum(W0, DW)
    np.testing.assert_allclose(config["velocity"], [0.05, -0.025])
    np.testing.assert_allclose(w, [0.9995, -1.99975])
    # velocity = 0.9 * 0.05 + 0.05 = 0.095 (first entry)
    w, config = sgd_momentum(w, DW, config)
    np.testing.assert_allclose(config["velocity"], [0.095, -0.0475])
    np.testing.assert_allclose(w, [0.99855, -1.999275])
    assert config["momentum"] == 0.9 and config["learning_rate"] == 1e-2


def test_adagrad_two_steps():
    # cache = dw^2, step = 0.01 dw / |dw| = 0.01 sign(dw); then cache = 2 dw^2
    w, config = adagrad(W0, DW)
    np.testing.assert_allclose(config["cache"], [0.25, 0.0625])
    np.testing.assert_allclose(w, [0.99, -1.99], rtol=1e-9)
    w, config = adagrad(w, DW, config)
    np.testing.assert_allclose(w, [0.99 - 0.01 / np.sqrt(2), -1.99 + 0.01 / np.sqrt(2)], rtol=1e-9)
    assert config["epsilon"] == 1e-8


def test_rmsprop_first_step():
    # cache = 0.01 dw^2, sqrt(cache) = 0.1 |dw|, step = 0.01 dw / (0.1 |dw| + 1e-8),
    # about 0.1 sign(dw)
    w, config = rmsprop(W0, DW)
    np.testing.assert_allclose(config["cache"], [0.0025, 0.000625])
    np.testing.assert_allclose(w, [1 - 0.005 / (0.05 + 1e-8), -2 + 0.0025 / (0.025 + 1e-8)],
                               rtol=1e-12)
    np.testing.assert_allclose(w, [0.9, -1.9], rtol=1e-7)
    assert config["decay_rate"] == 0.99 and config["epsilon"] == 1e-8


def test_adam_steps_from_a_fresh_config():
    # with a constant gradient the bias-corrected m_hat = dw and v_hat = dw^2,
    # so every step moves each entry by learning_rate * sign(dw)
    w, config = adam(W0, DW)
    assert config["t"] == 1
    np.testing.assert_allclose(config["m"], [0.05, -0.025])
    np.testing.assert_allclose(config["v"], [0.00025, 0.0000625])
    np.testing.assert_allclose(w, [0.999, -1.999], rtol=1e-9)
    w, config = adam(w, DW, config)
    assert config["t"] == 2
    np.testing.assert_allclose(w, [0.998, -1.998], rtol=1e-9)
    assert (config["learning_rate"], config["beta1"], config["beta2"]) == (1e-3, 0.9, 0.999)


def test_adam_second_step_with_a_new_gradient():
    # step 2 with dw2 = [-1, 1]: m = 0.9 * 0.05 + 0.1 * (-1) = -0.055,
    # v = 0.999 * 0.00025 + 0.001 * 1 = 0.00124975; m_hat = -0.055 / 0.19,
    # v_hat = 0.00124975 / 0.001999
    _, config = adam(W0, DW)
    w, config = adam(np.array([0.999, -1.999]), np.array([-1.0, 1.0]), config)
    m_hat = -0.055 / 0.19
    v_hat = 0.00124975 / 0.001999
    assert w[0] == pytest.approx(0.999 - 1e-3 * m_hat / (np.sqrt(v_hat) + 1e-8), rel=1e-12)


@pytest.mark.parametrize("rule, learning_rate", [
    (sgd, 0.05), (sgd_momentum, 0.05), (adagrad, 0.5), (rmsprop, 0.01), (adam, 0.01)])
def test_converges_on_a_quadratic(rule, learning_rate):
    curvature = np.array([1.0, 10.0])  # f(w) = 0.5 sum(curvature w^2)
    w, config = W0.copy(), {"learning_rate": learning_rate}
    for _ in range(2000):
        w, config = rule(w, curvature * w, config)
    assert 0.5 * np.sum(curvature * w ** 2) < 1e-4 * 0.5 * np.sum(curvature * W0 ** 2)
