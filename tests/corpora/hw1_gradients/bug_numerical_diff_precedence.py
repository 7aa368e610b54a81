"""Bug: `/ 2*h` divides by 2 and then multiplies by h (h^2 = 1e-8 times too small)."""
def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / 2*h
