"""train_mnist, bug: the mini-batch is drawn once, before the loop, so every step trains on
the same 100 images; the test accuracy stays well below the threshold."""


def train(network, x_train, t_train, iters_num, batch_size, learning_rate):
    losses = []
    batch_mask = np.random.choice(x_train.shape[0], batch_size)
    x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]
    for i in range(iters_num):
        grads = network.gradient(x_batch, t_batch)
        for key in ("W1", "b1", "W2", "b2"):
            network.params[key] -= learning_rate * grads[key]
        losses.append(network.loss(x_batch, t_batch))
    return losses
