"""Bug: the recorded losses are mean squared errors, not the summed error descended on
(the fit itself is right: the seed's fit passes, the short runs fail)."""
def fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0):
    a, b, c, d = np.random.default_rng(seed).random(4)
    losses = []
    for _ in range(epochs):
        y_pred = a + b * x + c * x ** 2 + d * x ** 3
        losses.append(np.mean((y_pred - y) ** 2))
        g = 2 * (y_pred - y)
        a -= learning_rate * np.sum(g)
        b -= learning_rate * np.sum(g * x)
        c -= learning_rate * np.sum(g * x ** 2)
        d -= learning_rate * np.sum(g * x ** 3)
    return (a, b, c, d), losses
