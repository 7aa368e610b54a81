"""Bug: updates a copy of init_x but returns init_x, the starting point."""
def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x.copy()
    for i in range(step_num):
        x -= lr * numerical_gradient(f, x)
    return init_x
