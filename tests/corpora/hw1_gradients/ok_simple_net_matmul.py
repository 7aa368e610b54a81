"""Correct SimpleNet with `@`, weights from np.random.randn after np.random.seed(0) (the
seed post's __init__), loss through softmax then cross_entropy_error."""
class SimpleNet:
    def __init__(self):
        np.random.seed(0)
        self.W = np.random.randn(2, 3)

    def predict(self, x):
        return x @ self.W

    def loss(self, x, t):
        z = self.predict(x)
        y = softmax(z)
        return cross_entropy_error(y, t)
