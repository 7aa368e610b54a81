"""two_layer_net, correct, but the notebook's given softmax was edited (no max
subtraction): the net is graded with the given softmax, and the feedback warns."""
def softmax(x):
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)
