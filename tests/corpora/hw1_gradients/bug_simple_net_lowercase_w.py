"""Bug from the seed post: __init__ sets `self.w` while the rest of the class (and the
contract) uses `W`."""
class SimpleNet:
    def __init__(self):
        np.random.seed(0)
        self.w = np.random.randn(2, 3)

    def predict(self, x):
        return np.dot(x, self.W)

    def loss(self, x, t):
        return cross_entropy_error(softmax(self.predict(x)), t)
