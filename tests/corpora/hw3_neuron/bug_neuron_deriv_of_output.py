"""Bug: the sigmoid's slope taken at its output, deriv_sigmoid(y_pred)."""
class Neuron:
    def __init__(self):
        self.weights = np.random.normal(size=2)
        self.bias = np.random.normal()

    def feedforward(self, x):
        return sigmoid(np.dot(x, self.weights) + self.bias)

    def train(self, data, all_y_trues, learn_rate=0.1, epochs=1000):
        losses = []
        for epoch in range(epochs):
            for x, y_true in zip(data, all_y_trues):
                y_pred = self.feedforward(x)
                d = -2 * (y_true - y_pred) * deriv_sigmoid(y_pred)
                self.weights = self.weights - learn_rate * d * x
                self.bias = self.bias - learn_rate * d
            losses.append(mse_loss(all_y_trues, self.feedforward(data)))
        return losses
