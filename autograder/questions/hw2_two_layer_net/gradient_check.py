"""hw2_two_layer_net `gradient_check`: its known mistakes, inputs and cases.

The network handed to the student's gradient_check is built from the TwoLayerNet served by
the oracle (network_proxy.py), so its gradient and numerical_gradient are the reference's:
a broken TwoLayerNet costs points in `two_layer_net` only. Both sides then compare the same
two gradients (their means differ by ~1e-7 here, mostly the 1e-7 inside the log of
cross_entropy_error, which backpropagation leaves out); the student's means agree with the
reference's to rounding (~1e-16 relative), while a max, a mean without abs or a sum differ
by a factor or more.
"""
import numpy as np

from ...checks import Close
from ...worker.protocol import NETWORK_CLASS, PARAM_KEYS
from ..spec import Case, Mistake, Question, call
from .common import SMALL, UNCHANGED, net_inputs
from .network_proxy import NETWORK_ORACLE

DIFFERENCE = Close(rtol=1e-6, atol=1e-20)  # the means are ~1e-7: no absolute slack


def _checked(reduce):
    """gradient_check with `reduce(backprop - numerical)` per key, for naming mistakes.
    (A dict without some of the keys, say W1 alone, breaks the contract: the driver says
    which keys are missing.)"""
    def gradient_check(network, x, t):
        grad_backprop = network.gradient(x, t)
        grad_numerical = network.numerical_gradient(x, t)
        return {key: float(reduce(grad_backprop[key] - grad_numerical[key]))
                for key in PARAM_KEYS}
    return gradient_check


def _case(label, inputs, hidden=True):
    """gradient_check(network, x, t), the network a SMALL one holding the case's params."""
    network = {"class": NETWORK_CLASS, "args": list(SMALL), "set": {"params": list(PARAM_KEYS)}}
    params = {**call("gradient_check", "network", "x", "t"), "objects": {"network": network},
              "keys": list(PARAM_KEYS)}
    checks = {**{key: DIFFERENCE for key in PARAM_KEYS}, "arg:x": UNCHANGED, "arg:t": UNCHANGED}
    return Case(label, "call", inputs, checks, params=params, hidden=hidden)


QUESTION = Question("gradient_check", 2, [
    _case("a batch of 3", net_inputs(3), hidden=False),
    _case("a batch of 1", net_inputs(1)),
    _case("a batch of 10", net_inputs(10)),
], oracle=NETWORK_ORACLE, mistakes=[
    Mistake("the largest difference instead of the mean", "take np.mean of the absolute "
            "differences of each parameter; np.max is a stricter check, but not this one.",
            {"gradient_check": _checked(lambda d: np.max(np.abs(d)))}),
    Mistake("differences without abs", "average np.abs(backprop - numerical): signed "
            "differences cancel out and hide a wrong gradient.",
            {"gradient_check": _checked(np.mean)}),
    Mistake("the sum instead of the mean", "divide by the number of entries (np.mean), so "
            "parameters of different sizes compare.",
            {"gradient_check": _checked(lambda d: np.sum(np.abs(d)))}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'a batch of 3':
        '一批 3 个样本',
    'a batch of 1':
        '一批 1 个样本',
    'a batch of 10':
        '一批 10 个样本',
    'the largest difference instead of the mean':
        '用最大误差代替了平均误差',
    'take np.mean of the absolute differences of each parameter; np.max is a stricter check, but not this one.':
        '对每个参数的误差绝对值取 np.mean；np.max 是更严格的检查，但不是这里要求的。',
    'differences without abs':
        '误差没有取绝对值',
    'average np.abs(backprop - numerical): signed differences cancel out and hide a wrong gradient.':
        '要对 np.abs(backprop - numerical) 取平均：带符号的误差会相互抵消，掩盖错误的梯度。',
    'the sum instead of the mean':
        '用总和代替了平均值',
    'divide by the number of entries (np.mean), so parameters of different sizes compare.':
        '要除以元素个数（np.mean），这样不同大小的参数才能相互比较。',
}
