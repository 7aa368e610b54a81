"""Bug: loss feeds the raw scores to cross_entropy_error, without softmax."""
class SimpleNet:
    def __init__(self):
        self.W = np.random.randn(2, 3)

    def predict(self, x):
        return np.dot(x, self.W)

    def loss(self, x, t):
        z = self.predict(x)
        return cross_entropy_error(z, t)
