"""sigmoid, bug: 1 / (1 + exp(z)), the minus sign lost."""


def sigmoid(z):
    return 1 / (1 + np.exp(z))
