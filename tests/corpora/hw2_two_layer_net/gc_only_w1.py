"""gradient_check, bug: only the first weight matrix is checked: a contract error naming
the missing keys."""


def gradient_check(network, x, t):
    backprop = network.gradient(x, t)
    numerical = network.numerical_gradient(x, t)
    return {"W1": np.mean(np.abs(backprop["W1"] - numerical["W1"]))}
