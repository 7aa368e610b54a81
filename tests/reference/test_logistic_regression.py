"""hw4 logistic regression against loop-computed values and the seed's published run."""
import numpy as np

from autograder.data import catvnoncat_flat
from reference.logistic_regression import (initialize_with_zeros, model, optimize, predict,
                                           propagate, sigmoid)

W = np.array([[1.0], [2.0]])
B = 2.0
X = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]])
Y = np.array([[1, 0, 1]])


def looped_cost_and_gradients(w, b, X, Y):
    """One example at a time, with plain floats (an independent implementation)."""
    n, m = X.shape
    cost, dw, db = 0.0, [0.0] * n, 0.0
    for i in range(m):
        z = sum(w[k, 0] * X[k, i] for k in range(n)) + b
        a = 1 / (1 + np.exp(-z))
        cost -= (Y[0, i] * np.log(a) + (1 - Y[0, i]) * np.log(1 - a)) / m
        for k in range(n):
            dw[k] += X[k, i] * (a - Y[0, i]) / m
        db += (a - Y[0, i]) / m
    return cost, np.array(dw).reshape(n, 1), db


def test_sigmoid_and_zeros():
    np.testing.assert_allclose(sigmoid(np.array([0.0, np.log(4.0)])), [0.5, 0.8])
    w, b = initialize_with_zeros(3)
    assert w.shape == (3, 1) and not w.any() and b == 0.0


def test_propagate_matches_loop():
    grads, cost = propagate(W, B, X, Y)
    expected_cost, expected_dw, expected_db = looped_cost_and_gradients(W, B, X, Y)
    assert grads["dw"].shape == (2, 1)
    np.testing.assert_allclose(grads["dw"], expected_dw, rtol=1e-12)
    assert abs(grads["db"] - expected_db) < 1e-12
    assert abs(cost - expected_cost) < 1e-12
    assert abs(cost - 5.801545319394553) < 1e-9  # value worked out once by hand


def test_optimize_steps_and_cost_record():
    params, grads, costs = optimize(W, B, X, Y, num_iterations=250, learning_rate=0.01)
    assert len(costs) == 3  # iterations 0, 100, 200
    assert abs(costs[0] - 5.801545319394553) < 1e-9
    w, b = W.copy(), B
    for _ in range(250):
        _, dw, db = looped_cost_and_gradients(w, b, X, Y)
        w, b = w - 0.01 * dw, b - 0.01 * db
    np.testing.assert_allclose(params["w"], w, rtol=1e-10)
    assert abs(params["b"] - b) < 1e-10


def test_predict_shape_and_threshold():
    w = np.array([[1.0], [-1.0]])
    X_new = np.array([[2.0, 0.0, 0.3], [0.0, 2.0, 0.2]])  # A = sigmoid(2, -2, 0.1)
    prediction = predict(w, 0.0, X_new)
    assert prediction.shape == (1, 3)
    np.testing.assert_array_equal(prediction, [[1, 0, 1]])


def test_model_on_cat_data_reproduces_the_seed(data_folder):
    X_train, Y_train, X_test, Y_test = catvnoncat_flat(data_folder)
    result = model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005)
    # the seed's printed run: costs 0.693147, 0.584508, ..., 0.140872; 99.04 % / 70 %
    np.testing.assert_allclose(result["costs"][:2], [0.693147, 0.584508], atol=1e-6)
    assert abs(result["costs"][-1] - 0.140872) < 1e-6
    assert np.sum(result["Y_prediction_train"] == Y_train) == 207  # 207 / 209 = 99.04 %
    assert np.sum(result["Y_prediction_test"] == Y_test) == 35  # 35 / 50 = 70 %
    assert result["w"].shape == (12288, 1)
