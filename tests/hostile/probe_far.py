"""Attack: recover the coefficients by probing f far from x, then return the exact
derivative. For a x^2 + b x, f(e_i) = a_i + b_i and f(-e_i) = a_i - b_i, so a few calls
at unit points give 2 a x + b exactly, without differentiating at x at all.

Expected: the trusted side records where f was evaluated; a numerical derivative at x
evaluates f only near x, so the quadratic cases (whose numbers come out right) fail with
"away from x" and the others on their values: numerical_diff and numerical_gradient score
zero, the rest keeps full marks (11 / 15).
"""

# %%
def _probe(f, shape):
    a, b = np.zeros(shape), np.zeros(shape)
    for index in np.ndindex(*shape):
        unit = np.zeros(shape)
        unit[index] = 1.0
        plus, minus = f(unit.reshape(shape)), f(-unit.reshape(shape))
        a[index], b[index] = (plus + minus) / 2, (plus - minus) / 2
    return a, b


def numerical_diff(f, x):
    a, b = _probe(f, ())
    return float(2 * a * x + b)


def numerical_gradient(f, x):
    a, b = _probe(f, x.shape)
    return 2 * a * x + b
