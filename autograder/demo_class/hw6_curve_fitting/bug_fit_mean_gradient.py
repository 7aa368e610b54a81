def fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0):
    a, b, c, d = np.random.default_rng(seed).random(4)
    losses = []
    for _ in range(epochs):
        y_pred = a + b * x + c * x ** 2 + d * x ** 3
        losses.append(np.sum((y_pred - y) ** 2))
        g = 2 * (y_pred - y)
        a -= learning_rate * np.mean(g)
        b -= learning_rate * np.mean(g * x)
        c -= learning_rate * np.mean(g * x ** 2)
        d -= learning_rate * np.mean(g * x ** 3)
    return (a, b, c, d), losses
