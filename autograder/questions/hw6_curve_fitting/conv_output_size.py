"""hw6_curve_fitting `conv_output_size`: its known mistakes, inputs and cases."""
from ...checks import Exactly
from ..spec import Case, Mistake, Question, call
from .common import fixed


def _conv_true_division(size, kernel, stride=1, padding=0):
    return (size + 2 * padding - kernel) / stride + 1


def _conv_padding_once(size, kernel, stride=1, padding=0):
    return (size + padding - kernel) // stride + 1


def _conv_no_plus_one(size, kernel, stride=1, padding=0):
    return (size + 2 * padding - kernel) // stride


def _layer(rng):
    """A padded layer whose window does not divide evenly: the floor matters, and with
    padding >= stride one-sided padding changes the result."""
    while True:
        size, kernel = int(rng.integers(8, 200)), int(rng.integers(2, 8))
        stride = int(rng.integers(2, 5))
        padding = stride + int(rng.integers(0, 3))
        if (size + 2 * padding - kernel) % stride:
            return {"size": size, "kernel": kernel, "stride": stride, "padding": padding}


CONV = call("conv_output_size", "size", "kernel", stride="stride", padding="padding")


QUESTION = Question("conv_output_size", 1, [
    Case("the seed's Conv2d(kernel 5, stride 1, padding 2) on 32", "call",
         fixed(size=32, kernel=5, stride=1, padding=2), {"out": Exactly()},
         params=call("conv_output_size", "size", "kernel", "stride", "padding"),
         hidden=False),
    Case("the seed's MaxPool2d(2) on 32", "call",
         fixed(size=32, kernel=2, stride=2, padding=0), {"out": Exactly()},
         params=CONV, hidden=False),
    Case("default stride and padding", "call", fixed(size=28, kernel=3),
         {"out": Exactly()}, params=call("conv_output_size", "size", "kernel")),
    Case("a window that does not divide evenly", "call", _layer, {"out": Exactly()},
         params=CONV),
    Case("another uneven window", "call", _layer, {"out": Exactly()}, params=CONV),
], mistakes=[
    Mistake("no floor (true division)", "a window that does not fit is dropped: use //.",
            {"conv_output_size": _conv_true_division}),
    Mistake("padding added on one side only", "padding is added on both sides: "
            "size + 2 * padding.", {"conv_output_size": _conv_padding_once}),
    Mistake("+ 1 missing", "the first window position counts too: ... // stride + 1.",
            {"conv_output_size": _conv_no_plus_one}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    "the seed's Conv2d(kernel 5, stride 1, padding 2) on 32":
        '示例中 32 上的 Conv2d(kernel 5, stride 1, padding 2)',
    "the seed's MaxPool2d(2) on 32":
        '示例中 32 上的 MaxPool2d(2)',
    'default stride and padding':
        '默认的 stride 和 padding',
    'a window that does not divide evenly':
        '不能整除的窗口',
    'another uneven window':
        '另一个不能整除的窗口',
    'no floor (true division)':
        '没有向下取整（用了真除法）',
    'a window that does not fit is dropped: use //.':
        '放不下的窗口要丢掉：用 //。',
    'padding added on one side only':
        '只在一侧加了 padding',
    'padding is added on both sides: size + 2 * padding.':
        'padding 要加在两侧：size + 2 * padding。',
    '+ 1 missing':
        '漏掉了 + 1',
    'the first window position counts too: ... // stride + 1.':
        '第一个窗口位置也要算上：... // stride + 1。',
}
