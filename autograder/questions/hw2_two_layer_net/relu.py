"""hw2_two_layer_net `relu`: its known mistakes, inputs and cases."""
import numpy as np

from ..spec import Case, Mistake, Question, call
from .common import UNCHANGED, VALUES


def _relu_in_place(x):
    x[x < 0] = 0
    return x


def _relu_mask(x):
    return x > 0


def _relu_inputs(shape, integers=False):
    def inputs(rng):
        x = rng.normal(size=shape)
        x.flat[0] = 0.0  # an exact zero: relu(0) = 0
        return {"x": np.round(3 * x) if integers else x}
    return inputs


QUESTION = Question("relu", 1, [
    Case("a 1-D array", "call", _relu_inputs((6,)), {"out": VALUES, "arg:x": UNCHANGED},
         params=call("relu", "x"), hidden=False),
    Case("a 2-D batch", "call", _relu_inputs((4, 5)), {"out": VALUES, "arg:x": UNCHANGED},
         params=call("relu", "x")),
    Case("a 3-D array of whole numbers", "call", _relu_inputs((2, 3, 4), integers=True),
         {"out": VALUES, "arg:x": UNCHANGED}, params=call("relu", "x")),
], mistakes=[
    Mistake("changing the input in place", "return a new array (np.maximum(0, x)); "
            "`x[x < 0] = 0` overwrites the caller's data.", {"relu": _relu_in_place}),
    Mistake("returning the mask x > 0", "that is relu's derivative; relu keeps the "
            "positive values themselves.", {"relu": _relu_mask}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'a 1-D array':
        '一维数组',
    'a 2-D batch':
        '二维的一批数据',
    'a 3-D array of whole numbers':
        '由整数组成的三维数组',
    'changing the input in place':
        '原地修改了输入',
    "return a new array (np.maximum(0, x)); `x[x < 0] = 0` overwrites the caller's data.":
        '返回一个新数组（np.maximum(0, x)）；`x[x < 0] = 0` 会覆盖调用者的数据。',
    'returning the mask x > 0':
        '返回了掩码 x > 0',
    "that is relu's derivative; relu keeps the positive values themselves.":
        '那是 relu 的导数；relu 要保留正值本身。',
}
