"""Bug: predict written as W^T x (column-vector maths): right for one sample of shape (2,),
a shape error for a batch (N, 2)."""
class SimpleNet:
    def __init__(self):
        self.W = np.random.randn(2, 3)

    def predict(self, x):
        return np.dot(self.W.T, x)

    def loss(self, x, t):
        return cross_entropy_error(softmax(self.predict(x)), t)
