"""sigmoid, correct: 0.5 * (1 + tanh(z / 2)); for very negative z the rounding error is far
below the absolute tolerance."""


def sigmoid(z):
    return 0.5 * (1 + np.tanh(z / 2))
