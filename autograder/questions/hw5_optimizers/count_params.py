"""hw5_optimizers `count_params`: its known mistakes, inputs and cases."""
from ...checks import Exactly
from ..spec import Case, Mistake, Question, call


def _count_weights_only(layer_sizes):
    return sum(a * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:]))


def _count_input_biases(layer_sizes):
    return _count_weights_only(layer_sizes) + sum(layer_sizes)


def _count_bias_per_input(layer_sizes):
    return sum(a * b + a for a, b in zip(layer_sizes[:-1], layer_sizes[1:]))


def _layers(fixed=None):
    def inputs(rng):
        sizes = fixed or [int(n) for n in rng.integers(1, 1000, size=rng.integers(3, 6))]
        return {"layer_sizes": sizes}
    return inputs


QUESTION = Question("count_params", 1, [
    Case("[784, 50, 10]", "call", _layers([784, 50, 10]), {"out": Exactly()},
         params=call("count_params", "layer_sizes"), hidden=False),
    Case("a random deeper network", "call", _layers(), {"out": Exactly()},
         params=call("count_params", "layer_sizes")),
    Case("one layer, [3, 1]", "call", _layers([3, 1]), {"out": Exactly()},
         params=call("count_params", "layer_sizes")),
], mistakes=[
    Mistake("biases not counted", "every layer after the input has one bias per unit.",
            {"count_params": _count_weights_only}),
    Mistake("biases counted for the input layer too", "only the layers after the input "
            "have biases.", {"count_params": _count_input_biases}),
    Mistake("one bias per input unit", "a layer has one bias per output unit (n_out).",
            {"count_params": _count_bias_per_input}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    '[784, 50, 10]':
        '[784, 50, 10]',
    'a random deeper network':
        '随机生成的更深的网络',
    'one layer, [3, 1]':
        '一层，[3, 1]',
    'biases not counted':
        '没有计算偏置',
    'every layer after the input has one bias per unit.':
        '输入层之后的每一层，每个单元都有一个偏置。',
    'biases counted for the input layer too':
        '输入层也计算了偏置',
    'only the layers after the input have biases.':
        '只有输入层之后的层才有偏置。',
    'one bias per input unit':
        '每个输入单元一个偏置',
    'a layer has one bias per output unit (n_out).':
        '每一层的偏置个数等于输出单元数（n_out）。',
}
