"""hw6_curve_fitting `cnn_param_count`: its known mistakes, inputs and cases."""
from ...checks import Exactly
from ..spec import Case, Mistake, Question, call
from .common import fixed


CONVS = [(3, 32, 5), (32, 32, 5), (32, 64, 5)]
LINEARS = [(1024, 64), (64, 10)]


def _cnn_no_biases():
    return sum(o * i * k * k for i, o, k in CONVS) + sum(i * o for i, o in LINEARS)


def _cnn_conv_no_biases():
    return sum(o * i * k * k for i, o, k in CONVS) + sum(i * o + o for i, o in LINEARS)


def _cnn_kernel_side():
    return sum(o * i * k + o for i, o, k in CONVS) + sum(i * o + o for i, o in LINEARS)


QUESTION = Question("cnn_param_count", 1, [
    Case("the seed's CNN", "call", fixed(), {"out": Exactly()},
         params=call("cnn_param_count"), hidden=False),
], mistakes=[
    Mistake("biases not counted", "each Conv2d and Linear layer has one bias per output "
            "channel or unit.", {"cnn_param_count": _cnn_no_biases}),
    Mistake("convolution biases not counted", "a Conv2d(c_in, c_out, k) has c_out "
            "biases besides its c_out * c_in * k * k weights.",
            {"cnn_param_count": _cnn_conv_no_biases}),
    Mistake("kernels counted as k, not k x k", "a k x k kernel over c_in channels has "
            "c_in * k * k weights.", {"cnn_param_count": _cnn_kernel_side}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    "the seed's CNN":
        '示例中的 CNN',
    'each Conv2d and Linear layer has one bias per output channel or unit.':
        '每个 Conv2d 层和 Linear 层的每个输出通道或单元都有一个偏置。',
    'convolution biases not counted':
        '没有计算卷积层的偏置',
    'a Conv2d(c_in, c_out, k) has c_out biases besides its c_out * c_in * k * k weights.':
        'Conv2d(c_in, c_out, k) 除了 c_out * c_in * k * k 个权重之外，还有 c_out 个偏置。',
    'kernels counted as k, not k x k':
        '卷积核按 k 而不是 k x k 计算',
    'a k x k kernel over c_in channels has c_in * k * k weights.':
        '在 c_in 个通道上的 k x k 卷积核有 c_in * k * k 个权重。',
}
