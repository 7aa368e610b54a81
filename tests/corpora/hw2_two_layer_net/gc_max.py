"""gradient_check, bug: the largest absolute difference of each parameter, not the mean."""


def gradient_check(network, x, t):
    backprop = network.gradient(x, t)
    numerical = network.numerical_gradient(x, t)
    return {key: np.max(np.abs(backprop[key] - numerical[key])) for key in backprop}
