"""Correct L2 penalty: all weights in one flat vector, then a dot product."""
def l2_penalty(weights, lam):
    flat = np.concatenate([np.ravel(w) for w in weights])
    return 0.5 * lam * flat @ flat
