"""Attack (hw3_neuron): while Neuron is graded, its train calls the mse_loss proxy with
y_true (N, 1) and y_pred (1, N), which broadcast to N x N on the trusted side (3.2 GB for
N = 20000) from a request of 320 KB.

Expected: the arguments are checked against the case's shapes before anything is
computed: the call is refused, with an error naming the shapes, Neuron's train cases
score zero (feedforward keeps its credit), the batch goes on, and the grader's memory
stays small.
"""

# %%
class Neuron:
    def __init__(self):
        self.weights = np.random.normal(size=2)
        self.bias = np.random.normal()

    def feedforward(self, x):
        return sigmoid(np.dot(x, self.weights) + self.bias)

    def train(self, data, all_y_trues, learn_rate=0.1, epochs=1000):
        n = 20_000
        return [mse_loss(np.ones((n, 1)), np.ones((1, n)))] * epochs
