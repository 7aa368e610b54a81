"""hw1_gradients `numerical_gradient`: its known mistakes, inputs and cases."""
import numpy as np

from ..spec import Case, Mistake, Question
from .common import GRADIENT, UNCHANGED, coefficients


def _grad_variant(step):
    """numerical_gradient with one wrong step, for naming mistakes."""
    def numerical_gradient(f, x):
        h = 1e-4
        grad = np.zeros_like(x)
        work = x.copy() if step == "copy" else x
        for idx in np.ndindex(x.shape):
            original = work[idx]
            work[idx] = original + h
            f_plus = f(work[idx] if step == "one_entry" else work)
            work[idx] = {"forward": original, "plus_twice": original + h}.get(step, original - h)
            f_minus = f(work[idx] if step == "one_entry" else work)
            if step == "precedence":
                grad[idx] = (f_plus - f_minus) / 2 * h
            else:
                grad[idx] = (f_plus - f_minus) / (h if step == "forward" else 2 * h)
            if step != "no_restore":
                work[idx] = original
        return grad
    return numerical_gradient


def _grad_over(indices, as_number=False):
    """numerical_gradient written for a 1-D x: a loop over `indices(x)` with x[idx];
    `as_number`: float(x[idx]) first, as the book's numerical_gradient_no_batch."""
    def numerical_gradient(f, x):
        h = 1e-4
        grad = np.zeros_like(x)
        for idx in indices(x):
            tmp_val = x[idx]  # on a 2-D x, a view of a row: x[idx] - h undoes the + h
            x[idx] = (float(tmp_val) if as_number else tmp_val) + h
            f_plus = f(x)
            x[idx] = tmp_val - h
            f_minus = f(x)
            grad[idx] = (f_plus - f_minus) / (2 * h)
            x[idx] = tmp_val
        return grad
    return numerical_gradient


# `for idx in range(len(x))`: right for a 1-D x; on a 2-D x, x[idx] is a whole row
_grad_first_axis_only = _grad_over(lambda x: range(len(x)))
# `for idx in range(x.size)` with x[idx]: on a 2-D x, idx runs past the rows (IndexError)
_grad_1d_by_size = _grad_over(lambda x: range(x.size))


def _grad_row_by_row(f, X):
    """The book's `numerical_gradient_2d`: each row of a 2-D X is a separate point, and f
    sees that row only (a 3-D X raises TypeError at `float(tmp_val)`)."""
    no_batch = _grad_over(lambda x: range(x.size), as_number=True)
    if X.ndim == 1:
        return no_batch(f, X)
    grad = np.zeros_like(X)
    for idx, x in enumerate(X):
        grad[idx] = no_batch(f, x)
    return grad


def _gradient_point(shape):
    def inputs(rng):
        return {"x": rng.uniform(-2, 2, size=shape), **coefficients(rng, shape)}
    return inputs


QUESTION = Question("numerical_gradient", 3, [
    Case("a 1-D x", "hw1.numerical_gradient", _gradient_point((4,)),
         {"out": GRADIENT, "arg:x": UNCHANGED}, params={"formula": "quadratic"},
         hidden=False),
    Case("a 2-D x", "hw1.numerical_gradient", _gradient_point((3, 4)),
         {"out": GRADIENT, "arg:x": UNCHANGED}, params={"formula": "wave"}),
    Case("a 3-D x", "hw1.numerical_gradient", _gradient_point((2, 3, 2)),
         {"out": GRADIENT, "arg:x": UNCHANGED}, params={"formula": "wave"}),
    Case("f ignores its argument and reads x itself, like `lambda w: net.loss(x, t)`",
         "hw1.numerical_gradient", _gradient_point((2, 3)),
         {"out": GRADIENT, "arg:x": UNCHANGED}, params={"formula": "closure"}),
], mistakes=[
    Mistake("operator precedence in `/ 2*h`", "write `/ (2 * h)`.",
            {"numerical_gradient": _grad_variant("precedence")}),
    # before `+ h` twice: when f ignores its argument both give zeros, and then the
    # copy is the likelier cause (`+ h` twice also fails every other case, named there)
    Mistake("perturbing a copy of x", "nudge x itself and restore each entry: f may read "
            "the array it closes over instead of its argument.",
            {"numerical_gradient": _grad_variant("copy")}),
    # `- h` twice gives the same zeros as `+ h` twice: the name covers both
    Mistake("the same nudge on both sides (`+ h` twice, or `- h` twice)", "evaluate f "
            "once at x[idx] + h and once at x[idx] - h: the same point twice gives 0.",
            {"numerical_gradient": _grad_variant("plus_twice")}),
    Mistake("f called on one entry", "call f on the whole array, f(x), after nudging "
            "x[idx]; f(x[idx]) sees a single number.",
            {"numerical_gradient": _grad_variant("one_entry")}),
    Mistake("1-D-only indexing", "x may have any number of dimensions: loop over every "
            "index with np.nditer(x, flags=['multi_index']) or np.ndindex(x.shape).",
            {"numerical_gradient": _grad_first_axis_only}),
    Mistake("1-D-only indexing", "x may have any number of dimensions: loop over every "
            "index with np.nditer(x, flags=['multi_index']) or np.ndindex(x.shape).",
            {"numerical_gradient": _grad_1d_by_size}),
    Mistake("a gradient row by row (the book's numerical_gradient_2d)", "x is one point "
            "with any number of dimensions, not a batch of rows: nudge one entry at a "
            "time and call f on the whole array x (np.nditer or np.ndindex over x.shape).",
            {"numerical_gradient": _grad_row_by_row}),
    Mistake("x not restored", "put each entry back to its original value after nudging it.",
            {"numerical_gradient": _grad_variant("no_restore")}),
    Mistake("forward difference", "use central differences: (f(x+h) - f(x-h)) / (2h).",
            {"numerical_gradient": _grad_variant("forward")}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'a 1-D x':
        '一维的 x',
    'a 2-D x':
        '二维的 x',
    'a 3-D x':
        '三维的 x',
    'f ignores its argument and reads x itself, like `lambda w: net.loss(x, t)`':
        'f 不用自己的参数，而是直接读取 x，例如 `lambda w: net.loss(x, t)`',
    'write `/ (2 * h)`.':
        '要写成 `/ (2 * h)`。',
    'perturbing a copy of x':
        '扰动的是 x 的副本',
    'nudge x itself and restore each entry: f may read the array it closes over instead of its argument.':
        '要直接修改 x 本身，并在算完后恢复每个元素：f 读取的可能是它闭包里的那个数组，而不是它的参数。',
    'the same nudge on both sides (`+ h` twice, or `- h` twice)':
        '两侧用了同一个偏移（两次都是 `+ h`，或两次都是 `- h`）',
    'evaluate f once at x[idx] + h and once at x[idx] - h: the same point twice gives 0.':
        '要在 x[idx] + h 处算一次 f，再在 x[idx] - h 处算一次：同一个点算两次，差值是 0。',
    'f called on one entry':
        '只对一个元素调用 f',
    'call f on the whole array, f(x), after nudging x[idx]; f(x[idx]) sees a single number.':
        '修改 x[idx] 之后要对整个数组调用 f(x)；f(x[idx]) 只看到一个数。',
    '1-D-only indexing':
        '只支持一维的索引方式',
    "x may have any number of dimensions: loop over every index with np.nditer(x, flags=['multi_index']) or np.ndindex(x.shape).":
        "x 可以是任意维数：用 np.nditer(x, flags=['multi_index']) 或 np.ndindex(x.shape) 遍历每一个下标。",
    "a gradient row by row (the book's numerical_gradient_2d)":
        '逐行计算梯度（书中的 numerical_gradient_2d）',
    'x is one point with any number of dimensions, not a batch of rows: nudge one entry at a time and call f on the whole array x (np.nditer or np.ndindex over x.shape).':
        'x 是一个任意维数的点，而不是按行组织的一批数据：每次只扰动一个元素，并对整个数组 x 调用 f（用 np.nditer 或 np.ndindex 遍历 x.shape）。',
    'x not restored':
        '没有恢复 x',
    'put each entry back to its original value after nudging it.':
        '扰动每个元素之后，要把它恢复成原来的值。',
    'use central differences: (f(x+h) - f(x-h)) / (2h).':
        '请用中心差分：(f(x+h) - f(x-h)) / (2h)。',
}
