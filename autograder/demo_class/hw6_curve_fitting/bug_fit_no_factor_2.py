def fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0):
    a = b = c = d = 0.5
    losses = []
    for _ in range(epochs):
        y_pred = a + b * x + c * x ** 2 + d * x ** 3
        losses.append(np.sum((y_pred - y) ** 2))
        g = y_pred - y
        a, b, c, d = (a - learning_rate * g.sum(), b - learning_rate * (g * x).sum(),
                      c - learning_rate * (g * x ** 2).sum(), d - learning_rate * (g * x ** 3).sum())
    return (a, b, c, d), losses
