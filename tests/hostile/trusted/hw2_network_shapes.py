"""Attack (hw2_two_layer_net): train gives the network proxy params of shapes that make the
trusted side's matrix product huge: W1 (1, N) and a batch x (N, 1), so x @ W1 is N x N
(3.2 GB for N = 20000), from a request of a few hundred kilobytes.

Expected: the trusted side checks the params it rebuilds and the batch against the case's
shapes before computing: the call is refused, with an error naming the shapes,
train_mnist scores zero, the batch goes on, and the grader's memory stays small.
"""

# %%
def train(network, x_train, t_train, iters_num, batch_size, learning_rate):
    n = 20_000
    network.params["W1"] = np.ones((1, n))
    network.params["b1"] = np.zeros(n)
    network.params["W2"] = np.ones((n, 10))
    network.params["b2"] = np.zeros(10)
    return [float(network.loss(np.ones((n, 1)), np.ones((n, 10))))] * iters_num
