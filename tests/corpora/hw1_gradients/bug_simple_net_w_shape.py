"""Bug: W stored as (3, 2) and used transposed; the contract's W is (2, 3)."""
class SimpleNet:
    def __init__(self):
        self.W = np.random.randn(3, 2)

    def predict(self, x):
        return np.dot(x, self.W.T)

    def loss(self, x, t):
        return cross_entropy_error(softmax(self.predict(x)), t)
