"""Bug: the epoch's loss averaged from the samples seen while the weights were changing."""
class Neuron:
    def __init__(self):
        self.weights = np.random.normal(size=2)
        self.bias = np.random.normal()

    def feedforward(self, x):
        return sigmoid(np.dot(x, self.weights) + self.bias)

    def train(self, data, all_y_trues, learn_rate=0.1, epochs=1000):
        losses = []
        for epoch in range(epochs):
            total = 0.0
            for x, y_true in zip(data, all_y_trues):
                z = np.dot(self.weights, x) + self.bias
                y_pred = sigmoid(z)
                total += (y_true - y_pred) ** 2
                d = -2 * (y_true - y_pred) * deriv_sigmoid(z)
                self.weights = self.weights - learn_rate * d * x
                self.bias = self.bias - learn_rate * d
            losses.append(total / len(data))
        return losses
