"""Bug: one averaged full-batch step per epoch instead of a step after every sample."""
class Neuron:
    def __init__(self):
        self.weights = np.random.normal(size=2)
        self.bias = np.random.normal()

    def feedforward(self, x):
        return sigmoid(np.dot(x, self.weights) + self.bias)

    def train(self, data, all_y_trues, learn_rate=0.1, epochs=1000):
        losses = []
        for epoch in range(epochs):
            z = data @ self.weights + self.bias
            d = -2 * (all_y_trues - sigmoid(z)) * deriv_sigmoid(z)
            self.weights = self.weights - learn_rate * d @ data / len(data)
            self.bias = self.bias - learn_rate * np.mean(d)
            losses.append(mse_loss(all_y_trues, self.feedforward(data)))
        return losses
