"""Correct gradient_descent: x = x - lr * grad builds a new array each step (init_x is
left as it was; the contract grades the returned x)."""
def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x
    for i in range(step_num):
        grad = numerical_gradient(f, x)
        x = x - lr * grad
    return x
