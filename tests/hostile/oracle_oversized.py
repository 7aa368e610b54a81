"""Attack: make the trusted side compute something huge from a small request. The
gradient_descent being graded calls the numerical_gradient proxy with a test function
forged as coefficient arrays of shapes (N, 1) and (1, N) (which broadcast to N x N), and
SimpleNet's loss calls the cross_entropy_error proxy with p (N, 1) and t (1, N): requests
of a few hundred kilobytes that once took the grader to gigabytes.

Expected: every oracle argument is checked against the case's own shapes before anything
is computed, so both calls are refused, with an error naming the shapes ("matches
nothing in this case's inputs" / "which combine into"); gradient_descent and simple_net
score zero, the batch goes on, and the grader's memory stays small (10 / 15).
"""

# %%
N = 30_000


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    forged = {"formula": "quadratic", "a": np.ones((N, 1)), "b": np.ones((1, N))}
    return numerical_gradient(forged, np.ones((N, 1)))


class SimpleNet:
    def __init__(self):
        self.W = np.random.randn(2, 3)

    def predict(self, x):
        return np.dot(x, self.W)

    def loss(self, x, t):
        return cross_entropy_error(np.ones((N, 1)) / 2, np.ones((1, N)))
