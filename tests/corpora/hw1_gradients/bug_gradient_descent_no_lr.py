"""Bug: steps by the whole gradient, lr forgotten (x -= grad)."""
def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x
    for i in range(step_num):
        grad = numerical_gradient(f, x)
        x -= grad
    return x
