"""Bug: d loss / dc taken with x instead of x ** 2 (fixed start 0.5)."""
def fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0):
    a = b = c = d = 0.5
    losses = []
    for _ in range(epochs):
        y_pred = a + b * x + c * x ** 2 + d * x ** 3
        losses.append(np.sum((y_pred - y) ** 2))
        g = 2 * (y_pred - y)
        a -= learning_rate * np.sum(g)
        b -= learning_rate * np.sum(g * x)
        c -= learning_rate * np.sum(g * x)
        d -= learning_rate * np.sum(g * x ** 3)
    return (a, b, c, d), losses
