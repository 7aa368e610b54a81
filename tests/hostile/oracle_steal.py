"""Attack: use the trusted side's oracle to answer the question being graded. The worker's
Oracle object is found with gc.get_objects(); softmax, cross_entropy_error and
numerical_gradient ask it for their own answer.

Expected: the trusted side answers only the dependencies declared for the question being
graded, so every such call is refused ("is not provided while `softmax` is graded"): those
three questions score zero. gradient_descent and SimpleNet, which use the legitimate proxies,
keep full marks (6 / 15).
"""

# %%
import gc


def _oracle():
    return next(thing for thing in gc.get_objects() if type(thing).__name__ == "Oracle")


def softmax(x):
    return _oracle().call("softmax", x)


def cross_entropy_error(p, y):
    return _oracle().call("cross_entropy_error", p, y)


def numerical_gradient(f, x):
    return _oracle().call("numerical_gradient", f, x)
