"""sigmoid, bug: 1/1 + np.exp(-z): the division happens first."""


def sigmoid(z):
    s = 1/1 + np.exp(-z)
    return s
