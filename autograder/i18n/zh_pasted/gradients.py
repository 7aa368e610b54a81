"""Chinese of reference/gradients.py where the notebooks paste it (hw1; hw2 gives one)."""

MODULE = "reference.gradients"

DOCSTRINGS = {
    "numerical_diff": """
用中心差分求一元标量函数在某一点处的导数。

在 `x` 两侧各取步长 h = 1e-4：(f(x + h) - f(x - h)) / (2 h)。

参数：
    f: 一元函数，输入一个浮点数，返回一个浮点数。
    x: 浮点数，求导的点。

返回：
    浮点数，导数 f'(x) 的近似值。
""",
    "numerical_gradient": """
标量函数对数组中每个元素的梯度（数值微分）。

对每个元素 x[idx]（数组可以是任意维数）做中心差分，取 h = 1e-4：
把这一个元素加上 h，用整个数组调用 f；再减去 h，再调用一次 f；
最后把原值放回去。
调用 `f` 时必须传入完整的数组 `x` 本身（不是副本，也不是某一个元素）：
调用者常常传入 `lambda w: net.loss(x, t)`，它不理会自己的参数，
而是直接读取正被挪动的那个数组。

参数：
    f: 函数，输入一个与 `x` 形状相同的数组，返回一个浮点数。
    x: 任意形状的浮点数组，(D,)、(D, M)、(D, M, K)……

返回：
    grad: 与 `x` 形状相同的浮点数组，grad[idx] = d f / d x[idx]。
    返回时 `x` 中的值与调用前完全相同。
""",
    "gradient_descent": """
用最基本的梯度下降法求标量函数的最小值。

重复 `step_num` 次：用 `numerical_gradient` 求 `f` 在当前点的梯度，
再沿梯度的反方向迈一步，x <- x - lr * grad。
每一步都直接更新数组 `init_x` 本身（这样，通过闭包读取该数组的函数，
例如 `init_x = net.W` 时的 `lambda w: net.loss(x, t)`，每一步都能看到更新），
最后返回这个数组。

参数：
    f: 函数，输入一个与 `init_x` 形状相同的数组，返回一个浮点数。
    init_x: 任意形状的浮点数组，起始点。
    lr: 浮点数，学习率。
    step_num: 整数，迭代步数。

返回：
    x: 与 `init_x` 形状相同的浮点数组，最后一步之后的位置。
""",
}

LINES = {}
