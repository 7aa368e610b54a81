"""sigmoid, correct: exp(z) / (1 + exp(z)), the same function written the other way up."""


def sigmoid(z):
    e = np.exp(z)
    return e / (1 + e)
