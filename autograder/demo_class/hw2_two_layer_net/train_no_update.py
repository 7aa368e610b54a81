def train(network, x_train, t_train, iters_num, batch_size, learning_rate):
    losses = []
    for i in range(iters_num):
        batch = np.random.choice(x_train.shape[0], batch_size)
        grads = network.gradient(x_train[batch], t_train[batch])
        for key in ("W1", "b1", "W2", "b2"):
            network.params[key] - learning_rate * grads[key]
        losses.append(network.loss(x_train[batch], t_train[batch]))
    return losses
