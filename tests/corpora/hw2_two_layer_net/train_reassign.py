"""train_mnist, correct: the loss recorded before the step, and a new params dict assigned
to network.params (nothing updated in place)."""


def train(network, x_train, t_train, iters_num, batch_size, learning_rate):
    rng = np.random.default_rng(123)
    losses = []
    for _ in range(iters_num):
        idx = rng.integers(0, len(x_train), size=batch_size)
        xb, tb = x_train[idx], t_train[idx]
        losses.append(float(network.loss(xb, tb)))
        grads = network.gradient(xb, tb)
        network.params = {key: value - learning_rate * grads[key]
                          for key, value in network.params.items()}
    return losses
