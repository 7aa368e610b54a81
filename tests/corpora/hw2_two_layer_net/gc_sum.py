"""gradient_check, bug: the summed absolute differences, not their mean."""


def gradient_check(network, x, t):
    backprop = network.gradient(x, t)
    numerical = network.numerical_gradient(x, t)
    return {key: np.abs(backprop[key] - numerical[key]).sum() for key in backprop}
