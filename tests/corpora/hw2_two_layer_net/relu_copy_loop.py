"""relu, correct: copy, then clear the negative entries one by one over the flat view."""


def relu(x):
    out = np.array(x, dtype=float, copy=True)
    flat = out.reshape(-1)
    for i in range(flat.size):
        if flat[i] < 0:
            flat[i] = 0.0
    return out
