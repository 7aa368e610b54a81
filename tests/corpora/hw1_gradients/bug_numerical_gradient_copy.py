"""Bug: nudges a copy of x; right when f reads its argument, zeros when f reads the array
it closes over (`lambda w: net.loss(x, t)`)."""
def numerical_gradient(f, x):
    h = 1e-4
    x_work = x.copy()
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        tmp_val = x_work[idx]
        x_work[idx] = tmp_val + h
        fxh1 = f(x_work)
        x_work[idx] = tmp_val - h
        fxh2 = f(x_work)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x_work[idx] = tmp_val
    return grad
