"""Correct gradient_descent: keeps the history of points (as the textbook does for its
plot) and returns the last one."""
def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x
    x_history = []
    for _ in range(step_num):
        x_history.append(x.copy())
        x -= lr * numerical_gradient(f, x)
    return x
