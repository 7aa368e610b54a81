"""hw1_gradients `gradient_descent`: its known mistakes, inputs and cases."""
import numpy as np

from reference import gradients

from ...checks import Close
from ..spec import Case, Mistake, Question


def _descent_variant(step):
    """gradient_descent with one wrong step, for naming mistakes."""
    def gradient_descent(f, init_x, lr=0.01, step_num=100):
        x = init_x.copy()
        for _ in range(step_num):
            x -= (0.01 if step == "fixed_lr" else lr) * gradients.numerical_gradient(f, x)
            if step == "return_in_loop":
                return x
        return init_x if step == "start" else x
    return gradient_descent


def _descent_start(shape, lr=0.1):
    """20 steps, far from converged, so a step too many or too few changes the result.

    The wavy function is unbounded below (b x^3): with lr 0.1 most starts ran off to
    |x| ~ 1e14, where x + h == x and every gradient is 0; lr 0.005 keeps |x| below ~10.
    """
    def inputs(rng):
        return {"init_x": rng.uniform(-3, 3, size=shape), "a": rng.uniform(0.5, 2.0, size=shape),
                "b": rng.uniform(-1, 1, size=shape), "lr": lr, "step_num": 20}
    return inputs


def _default_descent_start(shape):
    """No lr, no step_num: the contract's defaults (0.01, 100 steps) are graded. On the
    quadratic bowl each step shrinks the distance to the minimum by 1 - 0.02 a (a in
    [0.5, 2]), so after 100 steps one step more or less, or another rate, moves x by far
    more than the tolerance."""
    def inputs(rng):
        return {"init_x": rng.uniform(-3, 3, size=shape), "a": rng.uniform(0.5, 2.0, size=shape),
                "b": rng.uniform(-1, 1, size=shape)}
    return inputs


def _rebuild(spec):
    from ...worker.functions import rebuild
    return rebuild(spec)


QUESTION = Question("gradient_descent", 2, [
    Case("a quadratic bowl, 1-D start", "hw1.gradient_descent", _descent_start((2,)),
         {"out": Close(rtol=1e-6, atol=1e-9)}, params={"formula": "quadratic"}, hidden=False),
    Case("a quadratic bowl, 2-D start", "hw1.gradient_descent", _descent_start((2, 3)),
         {"out": Close(rtol=1e-6, atol=1e-9)}, params={"formula": "quadratic"}),
    Case("a wavy function", "hw1.gradient_descent", _descent_start((3,), lr=0.005),
         {"out": Close(rtol=1e-6, atol=1e-9)}, params={"formula": "wave"}),
    Case("the default lr and step_num", "hw1.gradient_descent",
         _default_descent_start((3,)), {"out": Close(rtol=1e-6, atol=1e-9)},
         params={"formula": "quadratic"}),
], oracle={"numerical_gradient": lambda f, x: gradients.numerical_gradient(
    _rebuild(f), np.array(x, dtype=float))}, inject=("numerical_gradient",), mistakes=[
    Mistake("the learning rate `lr` ignored", "step by `lr * grad` with the `lr` passed in, "
            "not a fixed 0.01.", {"gradient_descent": _descent_variant("fixed_lr")}),
    Mistake("a `return` inside the loop", "return x after the loop, once all `step_num` "
            "steps are taken.", {"gradient_descent": _descent_variant("return_in_loop")}),
    Mistake("the starting point returned", "return the array the steps updated.",
            {"gradient_descent": _descent_variant("start")}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'a quadratic bowl, 1-D start':
        '二次碗形函数，一维起点',
    'a quadratic bowl, 2-D start':
        '二次碗形函数，二维起点',
    'a wavy function':
        '波浪形的函数',
    'the learning rate `lr` ignored':
        '忽略了学习率 `lr`',
    'step by `lr * grad` with the `lr` passed in, not a fixed 0.01.':
        '每一步按传入的 `lr` 走 `lr * grad`，不要用固定的 0.01。',
    'a `return` inside the loop':
        '循环内部写了 `return`',
    'return x after the loop, once all `step_num` steps are taken.':
        '等 `step_num` 步全部走完，在循环结束后再返回 x。',
    'the starting point returned':
        '返回了起点',
    'return the array the steps updated.':
        '返回被更新过的那个数组。',
    'the default lr and step_num':
        '使用默认的 lr 和 step_num',
}
