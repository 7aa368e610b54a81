"""gradient_check, bug: the book's version prints the differences and returns nothing.

Every case is a contract error (a dict is expected): no points, no named mistake.
"""


def gradient_check(network, x, t):
    grad_numerical = network.numerical_gradient(x, t)
    grad_backprop = network.gradient(x, t)
    for key in grad_numerical.keys():
        diff = np.average(np.abs(grad_backprop[key] - grad_numerical[key]))
        print(key + ":" + str(diff))
