"""Bug: forward differences (f(x + h) - f(x)) / h per entry."""
def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    fx = f(x)
    for idx in np.ndindex(x.shape):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        grad[idx] = (f(x) - fx) / h
        x[idx] = tmp_val
    return grad
