"""gradient_check, correct: the book's loop (np.average of the absolute differences),
with the results returned instead of printed."""


def gradient_check(network, x, t):
    grad_numerical = network.numerical_gradient(x, t)
    grad_backprop = network.gradient(x, t)
    result = {}
    for key in grad_numerical.keys():
        diff = np.average(np.abs(grad_backprop[key] - grad_numerical[key]))
        result[key] = diff
    return result
