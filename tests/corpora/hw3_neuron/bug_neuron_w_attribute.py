"""Contract break (the seed's names): weights in `self.w` of shape (1, 2) and `self.b`."""
class Neuron:
    def __init__(self):
        self.w = np.random.normal(size=(1, 2))
        self.b = np.random.normal()

    def feedforward(self, x):
        return sigmoid(np.dot(self.w, x) + self.b)

    def train(self, data, all_y_trues, learn_rate=0.1, epochs=1000):
        losses = []
        for epoch in range(epochs):
            for x, y_true in zip(data, all_y_trues):
                z = np.dot(self.w, x) + self.b
                d = -2 * (y_true - sigmoid(z)) * deriv_sigmoid(z)
                self.w = self.w - learn_rate * d * x
                self.b = self.b - learn_rate * d
            losses.append(mse_loss(all_y_trues, np.array([self.feedforward(x) for x in data])))
        return losses
