"""train_mnist, correct: epochs over a shuffled order, consecutive slices as batches."""


def train(network, x_train, t_train, iters_num, batch_size, learning_rate):
    losses = []
    order = np.random.permutation(len(x_train))
    start = 0
    for _ in range(iters_num):
        if start + batch_size > len(order):
            order = np.random.permutation(len(x_train))
            start = 0
        rows = order[start:start + batch_size]
        start += batch_size
        grads = network.gradient(x_train[rows], t_train[rows])
        for key in network.params:
            network.params[key] = network.params[key] - learning_rate * grads[key]
        losses.append(network.loss(x_train[rows], t_train[rows]))
    return losses
