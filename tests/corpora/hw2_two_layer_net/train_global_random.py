"""train_mnist, correct: batches from the global np.random.choice, parameters updated in
place, the loss recorded after the update."""


def train(network, x_train, t_train, iters_num, batch_size, learning_rate):
    train_loss_list = []
    train_size = x_train.shape[0]
    for i in range(iters_num):
        batch_mask = np.random.choice(train_size, batch_size)
        x_batch = x_train[batch_mask]
        t_batch = t_train[batch_mask]
        grad = network.gradient(x_batch, t_batch)
        for key in ("W1", "b1", "W2", "b2"):
            network.params[key] -= learning_rate * grad[key]
        loss = network.loss(x_batch, t_batch)
        train_loss_list.append(loss)
    return train_loss_list
