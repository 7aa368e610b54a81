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
                z = np.dot(self.weights, x) + self.bias
                d = 2 * (y_true - sigmoid(z)) * deriv_sigmoid(z)
                self.weights -= learn_rate * d * x
                self.bias -= learn_rate * d
            losses.append(mse_loss(all_y_trues, self.feedforward(data)))
        return losses
