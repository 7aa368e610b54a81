"""hw4: logistic regression on cat / non-cat images (seed 003).

Shapes: n features per example (12288 for the 64x64x3 cat images), m examples.
Examples are the columns of X.
"""
import numpy as np

__all__ = ["sigmoid", "initialize_with_zeros", "propagate", "optimize", "predict", "model"]


def sigmoid(z):
    """Logistic function 1 / (1 + exp(-z)), element-wise.

    Args:
        z: float or float array of any shape.

    Returns:
        values in (0, 1), same shape as `z`.
    """
    return 1 / (1 + np.exp(-z))


def initialize_with_zeros(dim):
    """Zero parameters for logistic regression on `dim` features.

    Args:
        dim: int, the number of features n.

    Returns:
        w: float array (dim, 1) of zeros.
        b: float 0.0.
    """
    w = np.zeros((dim, 1))
    b = 0.0
    return w, b


def propagate(w, b, X, Y):
    """Cost and its gradients for logistic regression, vectorised over m examples.

    Forward: A = sigmoid(w^T X + b), the cat probability of every example;
    cost = -(1/m) * sum(Y log A + (1 - Y) log(1 - A)).
    Backward: the gradients of that cost with respect to w and b.

    Args:
        w: (n, 1) weights.
        b: float bias.
        X: (n, m) data, one example per column.
        Y: (1, m) labels, 0 or 1.

    Returns:
        grads: dict with "dw": (n, 1) gradient of the cost w.r.t. w and
            "db": float gradient w.r.t. b.
        cost: float.
    """
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dZ = A - Y
    dw = np.dot(X, dZ.T) / m
    db = np.sum(dZ) / m
    return {"dw": dw, "db": float(db)}, float(cost)


def optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False):
    """Gradient descent on the logistic-regression cost.

    Run `num_iterations` steps; each computes the cost and gradients at the
    current (w, b) with `propagate` and updates w <- w - learning_rate * dw,
    b <- b - learning_rate * db. Record the cost of iterations 0, 100, 200, ...
    (the cost computed before that iteration's update), and print it then when
    `print_cost` is true.

    Args:
        w: (n, 1) initial weights.
        b: float initial bias.
        X: (n, m) data.
        Y: (1, m) labels, 0 or 1.
        num_iterations: int.
        learning_rate: float.
        print_cost: bool.

    Returns:
        params: dict with "w": (n, 1) and "b": float, the final parameters.
        grads: dict with "dw": (n, 1) and "db": float, from the last iteration.
        costs: list of floats, one per 100 iterations.
    """
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    return {"w": w, "b": b}, grads, costs


def predict(w, b, X):
    """Label every example 1 (cat) or 0 (non-cat) with learned parameters.

    The label is 1 where the probability sigmoid(w^T X + b) is above 0.5,
    else 0.

    Args:
        w: (n, 1) weights.
        b: float bias.
        X: (n, m) data.

    Returns:
        Y_prediction: (1, m) float array of 0.0 / 1.0.
    """
    A = sigmoid(np.dot(w.T, X) + b)
    return (A > 0.5).astype(float)


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000,
          learning_rate=0.005, print_cost=False):
    """Train logistic regression from zero parameters and predict both sets.

    Start from `initialize_with_zeros`, train with `optimize`, then label the
    training and test examples with `predict`.

    Args:
        X_train: (n, m_train) training data; Y_train: (1, m_train) labels.
        X_test: (n, m_test) test data; Y_test: (1, m_test) labels.
        num_iterations: int; learning_rate: float; print_cost: bool.

    Returns:
        dict with "costs" (list of floats from `optimize`),
        "Y_prediction_test": (1, m_test), "Y_prediction_train": (1, m_train),
        "w": (n, 1), "b": float.
    """
    w, b = initialize_with_zeros(X_train.shape[0])
    params, _, costs = optimize(w, b, X_train, Y_train, num_iterations,
                                learning_rate, print_cost)
    w, b = params["w"], params["b"]
    return {
        "costs": costs,
        "Y_prediction_test": predict(w, b, X_test),
        "Y_prediction_train": predict(w, b, X_train),
        "w": w,
        "b": b,
    }
