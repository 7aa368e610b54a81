"""Correct fit with a design matrix: gradient 2 X^T (X p - y), coefficients in one array."""
def fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0):
    X = np.stack([np.ones_like(x), x, x ** 2, x ** 3], axis=1)
    p = np.random.default_rng(seed).uniform(size=4)
    losses = []
    for _ in range(epochs):
        residual = X @ p - y
        losses.append(residual @ residual)
        p = p - learning_rate * 2 * X.T @ residual
    return tuple(p), losses
