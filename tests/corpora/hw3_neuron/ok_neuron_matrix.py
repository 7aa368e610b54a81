"""Correct Neuron written with @ and a local s * (1 - s); the epoch loss goes through
mse_loss with predictions shaped (n, 1)."""
class Neuron:
    def __init__(self):
        rng = np.random.default_rng()
        self.weights = rng.normal(size=2)
        self.bias = 0.0

    def feedforward(self, x):
        return sigmoid(x @ self.weights + self.bias)

    def train(self, data, all_y_trues, learn_rate=0.1, epochs=1000):
        history = []
        for _ in range(epochs):
            for i in range(len(data)):
                out = self.feedforward(data[i])
                grad_z = 2 * (out - all_y_trues[i]) * out * (1 - out)
                self.weights = self.weights - learn_rate * grad_z * data[i]
                self.bias = self.bias - learn_rate * grad_z
            history.append(mse_loss(all_y_trues, self.feedforward(data).reshape(-1, 1)))
        return history
