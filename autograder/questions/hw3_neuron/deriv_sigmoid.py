"""hw3_neuron `deriv_sigmoid`: its known mistakes, inputs and cases."""
from reference import neuron as ref

from ..spec import Case, Mistake, Question, call
from .common import UNCHANGED, VALUES, points, scalar


def _deriv_of_output(x):
    return x * (1 - x)


def _deriv_plus(x):
    s = ref.sigmoid(x)
    return s * (1 + s)


QUESTION = Question("deriv_sigmoid", 1, [
    Case("one number", "call", scalar, {"out": VALUES},
         params=call("deriv_sigmoid", "x"), hidden=False),
    Case("a 1-D array", "call", points((7,)), {"out": VALUES, "arg:x": UNCHANGED},
         params=call("deriv_sigmoid", "x")),
    Case("a 2-D array", "call", points((2, 5), -30, 30),
         {"out": VALUES, "arg:x": UNCHANGED}, params=call("deriv_sigmoid", "x")),
], oracle={"sigmoid": ref.sigmoid}, inject=("sigmoid",), mistakes=[
    Mistake("derivative written for the sigmoid's output", "deriv_sigmoid takes the "
            "sigmoid's input x: compute s = sigmoid(x), then s * (1 - s).",
            {"deriv_sigmoid": _deriv_of_output}),
    Mistake("s * (1 + s)", "the derivative is sigmoid(x) * (1 - sigmoid(x)).",
            {"deriv_sigmoid": _deriv_plus}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    "derivative written for the sigmoid's output":
        '导数按 sigmoid 的输出来写',
    "deriv_sigmoid takes the sigmoid's input x: compute s = sigmoid(x), then s * (1 - s).":
        'deriv_sigmoid 的参数是 sigmoid 的输入 x：先算 s = sigmoid(x)，再算 s * (1 - s)。',
    's * (1 + s)':
        '写成了 s * (1 + s)',
    'the derivative is sigmoid(x) * (1 - sigmoid(x)).':
        '导数是 sigmoid(x) * (1 - sigmoid(x))。',
}
