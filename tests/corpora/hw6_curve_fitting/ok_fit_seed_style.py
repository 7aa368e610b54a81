"""Correct fit in the seed's style: np.random.rand starts (not seeded), .sum() gradients."""
def fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0):
    a, b, c, d = np.random.rand(), np.random.rand(), np.random.rand(), np.random.rand()
    losses = []
    for epoch in range(epochs):
        y_pred = a + b * x + c * x ** 2 + d * x ** 3
        loss = np.square(y_pred - y).sum()
        losses.append(loss)
        grad_y_pred = 2 * (y_pred - y)
        grad_a = grad_y_pred.sum()
        grad_b = (grad_y_pred * x).sum()
        grad_c = (grad_y_pred * x ** 2).sum()
        grad_d = (grad_y_pred * x ** 3).sum()
        a -= learning_rate * grad_a
        b -= learning_rate * grad_b
        c -= learning_rate * grad_c
        d -= learning_rate * grad_d
    return (a, b, c, d), losses
