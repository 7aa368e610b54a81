"""Correct softmax through the log-sum-exp formula: exp(x - logsumexp(x)), row-wise."""
def softmax(x):
    m = np.max(x, axis=-1, keepdims=True)
    log_sum = m + np.log(np.sum(np.exp(x - m), axis=-1, keepdims=True))
    return np.exp(x - log_sum)
