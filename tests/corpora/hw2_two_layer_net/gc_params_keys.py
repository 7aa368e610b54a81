"""gradient_check, correct: keys taken from network.params, sum / size for the mean."""


def gradient_check(network, x, t):
    backprop = network.gradient(x, t)
    numerical = network.numerical_gradient(x, t)
    return {key: float(np.sum(np.abs(numerical[key] - backprop[key])) / numerical[key].size)
            for key in network.params}
