"""Correct softmax: a loop over the rows of np.atleast_2d(x), reshaped back to x's shape."""
def softmax(x):
    rows = np.atleast_2d(x)
    out = np.empty(rows.shape)
    for i, row in enumerate(rows):
        e = np.exp(row - row.max())
        out[i] = e / e.sum()
    return out.reshape(x.shape)
