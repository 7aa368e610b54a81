"""gradient_check, bug: the mean of the signed differences (no np.abs)."""


def gradient_check(network, x, t):
    backprop = network.gradient(x, t)
    numerical = network.numerical_gradient(x, t)
    return {key: np.mean(backprop[key] - numerical[key]) for key in ("W1", "b1", "W2", "b2")}
