"""Bug: the gradient is always taken at init_x, never at the current point."""
def gradient_descent(f, init_x, lr=0.01, step_num=100):
    grad = numerical_gradient(f, init_x)
    x = init_x.copy()
    for i in range(step_num):
        x = x - lr * grad
    return x
