"""Bug from the seed post: `for idx in range(x.size)` with x[idx], which only works for a
1-D x (on a 2-D x, x[idx] is a row and idx runs past the rows: IndexError)."""
def numerical_gradient(f, x):
    h = 0.0001
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
    return grad
