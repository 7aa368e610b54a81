"""Bug: predict returns probabilities (softmax inside predict) instead of the scores x W."""
class SimpleNet:
    def __init__(self):
        self.W = np.random.randn(2, 3)

    def predict(self, x):
        return softmax(np.dot(x, self.W))

    def loss(self, x, t):
        return cross_entropy_error(self.predict(x), t)
