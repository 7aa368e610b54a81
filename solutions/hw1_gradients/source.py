# %% [markdown]
# # Homework 1: gradients by numerical differentiation
#
# A network learns by changing its weights in the direction that lowers its loss. That
# direction is the negative **gradient** of the loss. In this homework you compute gradients
# the slow but simple way, by nudging each input a little and watching the output, and
# you use them to train a first tiny classifier.
#
# You will write:
#
# 1. `numerical_diff(f, x)`: the derivative of a one-variable function;
# 2. `numerical_gradient(f, x)`: the gradient with respect to an array of any shape;
# 3. `gradient_descent(f, init_x, lr, step_num)`: repeated steps against the gradient;
# 4. `softmax(x)` and `cross_entropy_error(p, y)`: probabilities and their loss;
# 5. `class SimpleNet`: a 2-input, 3-class linear classifier trained with the above.
#
# **How to work.** Every cell that says `# YOUR CODE HERE` and
# `raise NotImplementedError()` is yours: replace those two lines with your code. Right after
# each of them a *check* cell tests your code on a few small cases worked out by hand. A
# passing check is a good sign, not a guarantee: the autograder tries more cases.
# Use only `numpy`.

# %% [markdown] lang="zh"
# # 作业 1：用数值微分求梯度
#
# 神经网络的学习，就是不断调整权重，让损失函数的值变小。往哪个方向调？答案是损失函数的**梯度**的反方向。
# 本次作业先用最朴素的办法求梯度：把每个输入稍微挪动一点，看输出变化多少；再用求出的梯度训练第一个小小的分类器。
#
# 你要实现：
#
# 1. `numerical_diff(f, x)`：一元函数的导数；
# 2. `numerical_gradient(f, x)`：函数对任意形状数组的梯度；
# 3. `gradient_descent(f, init_x, lr, step_num)`：沿梯度反方向反复迈步；
# 4. `softmax(x)` 与 `cross_entropy_error(p, y)`：把得分变成概率，并计算其损失；
# 5. `class SimpleNet`：一个 2 输入、3 分类的线性分类器，用上面的函数来训练。
#
# **做题方法。** 凡是写着 `# YOUR CODE HERE` 和 `raise NotImplementedError()` 的单元格都由你来完成：
# 把这两行换成你的代码。每个这样的单元格后面紧跟一个*检查*单元格，用几个手算过的小例子测试你的代码。
# 检查通过是个好兆头，但不等于全对：自动评分器还会测试更多情况。只允许使用 `numpy`。

# %%
import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ## 1. The derivative, numerically
#
# Instead of guessing weights at random, we ask the loss which way is downhill. For a
# function of one variable the answer is its derivative,
# $f'(x) = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}$.
#
# A computer cannot take the limit, so we pick a small `h`. Two things go wrong easily:
#
# * **`h` too small.** With `h = 1e-50` the sum `x + h` rounds back to `x` in floating
#   point and the difference is exactly zero. `h = 1e-4` is a good compromise.
# * **The one-sided formula is biased.** $(f(x+h) - f(x))/h$ measures the slope between
#   `x` and `x + h`, not at `x`; its error shrinks only like `h`. The **central
#   difference** looks at both sides, and its error shrinks like `h**2`:
#
# $$f'(x) \approx \frac{f(x+h) - f(x-h)}{2h}.$$
#
# Watch the parentheses: in Python `a / 2*h` means `(a / 2) * h`, not `a / (2*h)`.
#
# Write `numerical_diff(f, x)` with the central difference and `h = 1e-4`.

# %% [markdown] lang="zh"
# ## 1. 用数值方法求导数
#
# 与其随机猜权重，不如直接问损失函数：往哪边走是下坡？对一元函数来说，答案就是它的导数，
# $f'(x) = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}$。
#
# 计算机没法真的取极限，只能取一个很小的 `h`。这里有两个常见的坑：
#
# * **`h` 取得太小。** 若 `h = 1e-50`，浮点运算中 `x + h` 会被舍入回 `x`，差值恰好为零，这就是舍入误差。
#   取 `h = 1e-4` 是个不错的折中。
# * **单侧差分（前向差分）有偏差。** $(f(x+h) - f(x))/h$ 算的是 `x` 与 `x + h` 之间的平均斜率，而不是 `x` 处的斜率，
#   误差只随 `h` 线性减小。**中心差分**同时看两侧，误差随 `h**2` 减小：
#
# $$f'(x) \approx \frac{f(x+h) - f(x-h)}{2h}.$$
#
# 注意括号：在 Python 里 `a / 2*h` 的意思是 `(a / 2) * h`，而不是 `a / (2*h)`。
#
# 请用中心差分、取 `h = 1e-4` 实现 `numerical_diff(f, x)`。

# %%
# nngrader: solution reference.gradients.numerical_diff

# %%
# nngrader: check numerical_diff
# x**3 has derivative 3 x**2 = 12 at x = 2; the central difference is off by only h**2.
# zh: x**3 的导数是 3 x**2，在 x = 2 处等于 12；中心差分的误差只有 h**2 量级。
slope = numerical_diff(lambda x: x ** 3, 2.0)
assert abs(slope - 12.0) < 1e-6, (
    f"numerical_diff(x**3, 2.0) returned {slope}, expected 12 (within 1e-6). "
    "A result near 12.0006 means a one-sided difference; check the 2*h parentheses too.")
    # zh> f"numerical_diff(x**3, 2.0) 返回 {slope}，应为 12（误差不超过 1e-6）。"
    # zh> "结果接近 12.0006 说明用了单侧差分；也请检查 2*h 的括号。")
slope = numerical_diff(lambda x: 0.01 * x ** 2 + 0.1 * x, 5.0)
assert abs(slope - 0.2) < 1e-8, f"derivative of 0.01x^2 + 0.1x at 5 should be 0.2, got {slope}"
# zh> assert abs(slope - 0.2) < 1e-8, f"0.01x^2 + 0.1x 在 5 处的导数应为 0.2，得到的是 {slope}"
print("numerical_diff: checks passed")
# zh> print("numerical_diff：检查通过")

# %% [markdown]
# A derivative is the slope of the tangent line. The plot draws a curve and its tangent at
# `x = 5` using your function.

# %% [markdown] lang="zh"
# 导数就是切线的斜率。下图画出一条曲线，以及用你的函数求出的它在 `x = 5` 处的切线。

# %%
def curve(x):
    return 0.01 * x ** 2 + 0.1 * x


xs = np.arange(0.0, 20.0, 0.1)
slope = numerical_diff(curve, 5.0)
plt.plot(xs, curve(xs), label="f(x)")
plt.plot(xs, curve(5.0) + slope * (xs - 5.0), "--", label=f"tangent at 5, slope {slope:.3f}")
# zh> plt.plot(xs, curve(5.0) + slope * (xs - 5.0), "--", label=f"x = 5 处的切线，斜率 {slope:.3f}")
plt.xlabel("x")
plt.legend()
plt.show()

# %% [markdown]
# ## 2. The gradient of a function of many variables
#
# With many inputs we take one partial derivative per input, holding the others fixed; the
# array of all of them is the **gradient**, and it has the same shape as the input.
#
# `numerical_gradient(f, x)` applies the central difference to each entry of `x` in turn:
# remember the entry, set it to `value + h` and evaluate `f(x)`, set it to `value - h` and
# evaluate again, store the difference quotient, then **put the original value back**.
#
# Weights come as vectors, matrices, or higher-dimensional arrays, so the loop must visit
# every entry of an array of any shape. `np.nditer` does that:
#
# * `np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])` creates an iterator that
#   may also write into `x`; the `multi_index` flag makes it report the index tuple
#   (such as `(1, 2)`) of the current entry as `it.multi_index`;
# * `it.iternext()` moves to the next entry (forget it and the loop never ends);
#   `it.finished` becomes true after the last one.
#
# (`np.ndindex(x.shape)` gives the same index tuples; either is fine.)
#
# Classic mistakes:
#
# * calling `f(x[idx])` instead of `f(x)`: `f` takes the whole array;
# * nudging a **copy** of `x`. Later we will pass functions such as
#   `lambda w: net.loss(x, t)`, which ignore their argument and read the weights the network
#   holds. Only changing the entries of the array you were given reaches them;
# * forgetting to restore the entry, so every later derivative is taken at the wrong point;
# * an integer array: `x[idx] = 3 + 1e-4` would be stored as `3`. Gradients are taken with
#   respect to float arrays.

# %% [markdown] lang="zh"
# ## 2. 多元函数的梯度
#
# 函数有多个输入时，我们对每个输入分别求偏导数（求某一个时，其余输入保持不变）；把所有偏导数汇总成的数组就是**梯度**，
# 它的形状与输入相同。
#
# `numerical_gradient(f, x)` 依次对 `x` 的每个元素做中心差分：先记下该元素的原值，把它设为 `value + h` 并计算 `f(x)`，
# 再设为 `value - h` 再算一次，存下差商，最后**把原值放回去**。
#
# 权重可能是向量、矩阵，甚至更高维的数组，所以循环必须能遍历任意形状数组的每个元素。`np.nditer` 正好能做到：
#
# * `np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])` 创建一个也可以写入 `x` 的迭代器；
#   `multi_index` 标志让它通过 `it.multi_index` 给出当前元素的下标元组（例如 `(1, 2)`）；
# * `it.iternext()` 移到下一个元素（忘了写它，循环就永远不会结束）；遍历完最后一个元素后，`it.finished` 变为真。
#
# （`np.ndindex(x.shape)` 也能给出同样的下标元组，两种写法都可以。）
#
# 常见错误：
#
# * 写成 `f(x[idx])` 而不是 `f(x)`：`f` 接收的是整个数组；
# * 挪动的是 `x` 的**副本**。后面我们会传入 `lambda w: net.loss(x, t)` 这样的函数，它不理会自己的参数，
#   而是直接读取网络持有的权重。只有修改传进来的那个数组本身，改动才会被它看到；
# * 忘记恢复原值，导致之后的每个偏导数都在错误的位置上计算；
# * 整数数组：`x[idx] = 3 + 1e-4` 会被存成 `3`。求梯度时，输入应为浮点数组。

# %%
# nngrader: solution reference.gradients.numerical_gradient

# %%
# nngrader: check numerical_gradient
# f(x) = sum of squares has gradient 2x, for any shape of x.
# zh: 平方和函数 f(x) 的梯度是 2x，对任意形状的 x 都成立。
for x in (np.array([3.0, 4.0]),
          np.array([[1.0, -2.0, 0.5], [0.0, 3.0, -1.5]]),
          np.arange(8.0).reshape(2, 2, 2)):
    before = x.copy()
    grad = numerical_gradient(lambda a: np.sum(a ** 2), x)
    assert grad.shape == x.shape, f"gradient shape {grad.shape}, expected {x.shape}"
    # zh> assert grad.shape == x.shape, f"梯度的形状是 {grad.shape}，应为 {x.shape}"
    assert np.allclose(grad, 2 * before, atol=1e-6), (
        f"gradient of sum(x**2) at\n{before}\nshould be 2x =\n{2 * before}, got\n{grad}")
        # zh> f"sum(x**2) 在\n{before}\n处的梯度应为 2x =\n{2 * before}，得到的是\n{grad}")
    assert np.array_equal(x, before), "x must hold its original values afterwards"
    # zh> assert np.array_equal(x, before), "求完梯度后，x 必须恢复为原来的值"
# A function that ignores its argument and reads the array directly, like
# lambda w: net.loss(x, t): only nudging x itself (not a copy) changes its value.
# zh: 有的函数不理会自己的参数、直接读取数组，就像 lambda w: net.loss(x, t)：
# zh: 只有挪动 x 本身（而不是它的副本），它的值才会改变。
W = np.array([[1.0, 2.0], [-3.0, 0.5]])
grad = numerical_gradient(lambda _: np.sum(W ** 2), W)
assert np.allclose(grad, 2 * W, atol=1e-6), (
    f"with f = lambda _: np.sum(W ** 2) the gradient should be 2W, got\n{grad}\n"
    # zh> f"当 f = lambda _: np.sum(W ** 2) 时，梯度应为 2W，得到的是\n{grad}\n"
    "(all zeros means you nudged a copy of x)")
    # zh> "（全为零说明你挪动的是 x 的副本）")
print("numerical_gradient: checks passed")
# zh> print("numerical_gradient：检查通过")

# %% [markdown]
# ## 3. Gradient descent
#
# The negative gradient points to where the function falls fastest near the current point.
# Gradient descent takes a small step that way, recomputes the gradient, and repeats:
#
# $$x \leftarrow x - \eta \, \nabla f(x)$$
#
# The step size $\eta$ is the **learning rate** (`lr`) and the number of steps is
# `step_num`. Both are *hyper-parameters*: you choose them, the algorithm does not learn
# them. Too large a rate jumps over the minimum and can diverge; too small a rate barely
# moves.
#
# Write `gradient_descent(f, init_x, lr=0.01, step_num=100)`. Update the array in place
# (`x -= lr * grad`), so that a function reading the array through a closure (as in
# section 5) sees every step, and return it.

# %% [markdown] lang="zh"
# ## 3. 梯度下降法
#
# 在当前点附近，负梯度方向是函数值下降最快的方向。梯度下降法就是朝这个方向迈一小步，重新计算梯度，如此反复：
#
# $$x \leftarrow x - \eta \, \nabla f(x)$$
#
# 步长 $\eta$ 称为**学习率**（`lr`），迭代次数为 `step_num`。两者都是*超参数*：由人来设定，而不是由算法学出来的。
# 学习率过大会越过最小值，甚至发散；学习率过小则几乎原地不动。
#
# 请实现 `gradient_descent(f, init_x, lr=0.01, step_num=100)`。要原地更新数组（`x -= lr * grad`），
# 这样通过闭包读取该数组的函数（如第 5 节）每一步都能看到更新，最后返回这个数组。

# %%
# nngrader: solution reference.gradients.gradient_descent

# %%
# nngrader: check gradient_descent
# On f(x) = x0**2 + x1**2 the gradient is 2x, so each step multiplies x by (1 - 2 lr).
# zh: 对 f(x) = x0**2 + x1**2，梯度是 2x，所以每一步都把 x 乘以 (1 - 2 lr)。
f = lambda x: np.sum(x ** 2)
x = gradient_descent(f, np.array([-3.0, 4.0]), lr=0.1, step_num=100)
assert np.allclose(x, 0.8 ** 100 * np.array([-3.0, 4.0]), rtol=1e-4, atol=1e-12), (
    f"expected 0.8**100 * [-3, 4] (about [-6.1e-10, 8.1e-10]), got {x}")
    # zh> f"应为 0.8**100 * [-3, 4]（约 [-6.1e-10, 8.1e-10]），得到的是 {x}")
x = gradient_descent(f, np.array([-3.0, 4.0]))
assert np.allclose(x, 0.98 ** 100 * np.array([-3.0, 4.0]), rtol=1e-4), (
    f"with the defaults lr=0.01, step_num=100 expected about [-0.398, 0.530], got {x}")
    # zh> f"使用默认值 lr=0.01、step_num=100 时应约为 [-0.398, 0.530]，得到的是 {x}")
print("gradient_descent: checks passed")
# zh> print("gradient_descent：检查通过")

# %% [markdown]
# Try the learning rate at both extremes: with `lr=10` the point flies off, with
# `lr=1e-10` it hardly moves.

# %% [markdown] lang="zh"
# 试试学习率的两个极端：`lr=10` 时点会飞出去，`lr=1e-10` 时几乎纹丝不动。

# %%
f = lambda x: np.sum(x ** 2)
for lr in (10.0, 1e-10, 0.1):
    result = gradient_descent(f, np.array([-3.0, 4.0]), lr=lr, step_num=100)
    print(f"lr={lr:g}: x after 100 steps = {result}")
    # zh> print(f"lr={lr:g}：100 步之后 x = {result}")

# %% [markdown]
# ## 4. Softmax and cross-entropy
#
# A classifier outputs one score per class. **Softmax** turns a row of scores into
# probabilities: $p_k = e^{s_k} / \sum_j e^{s_j}$. All are positive and they sum to 1.
#
# Exponentials overflow: `np.exp(1000)` is `inf`, and `inf / inf` is `nan`. Since adding a
# constant to every score of a row does not change its softmax, subtract the row's maximum
# first; then the largest exponent is `e**0 = 1`.
#
# The function takes one sample `(C,)` or a batch `(N, C)`, one sample per row. Mistakes
# seen again and again:
#
# * one maximum for the whole batch: a row whose scores all sit far below the batch maximum
#   underflows to `0 / 0`;
# * normalising over the whole batch or down the columns instead of along each row;
# * `np.sum(..., axis=1)` without `keepdims=True`, so `(N, C) / (N,)` broadcasts wrongly;
# * `x -= x.max(...)`, which changes the caller's array.
#
# **Cross-entropy** measures how much probability the prediction gives to the true class.
# With a one-hot target `y`, the error of a sample is $-\sum_k y_k \log(p_k + \delta)$
# with $\delta = 10^{-7}$, and a batch reports the **mean** over its samples.
#
# * The $\delta$ goes **inside** the log: `log(0)` is `-inf`, and `0 * log(0)` at a
#   non-target class is `nan`.
# * A 1-D `p` is a single sample: its batch size is 1, not `len(p)`.
# * Divide by the batch size: the sum would make the loss grow with the batch.

# %% [markdown] lang="zh"
# ## 4. softmax 与交叉熵误差
#
# 分类器对每个类别输出一个得分。**softmax 函数**把一行得分变成概率：$p_k = e^{s_k} / \sum_j e^{s_j}$。
# 每个概率都是正数，且总和为 1。
#
# 指数运算会溢出：`np.exp(1000)` 是 `inf`，而 `inf / inf` 是 `nan`。由于给一行中每个得分都加上同一个常数不改变它的 softmax，
# 可以先减去该行的最大值，这样最大的指数项就是 `e**0 = 1`。
#
# 函数的输入可以是单个样本 `(C,)`，也可以是一批样本 `(N, C)`（每行一个样本）。反复出现的错误有：
#
# * 整批数据只减一个最大值：某一行的得分若都远低于全批最大值，就会下溢成 `0 / 0`；
# * 在整批数据上或沿列归一化，而不是逐行归一化；
# * `np.sum(..., axis=1)` 没加 `keepdims=True`，导致 `(N, C) / (N,)` 的广播出错；
# * 写成 `x -= x.max(...)`，改动了调用者传入的数组。
#
# **交叉熵误差**衡量预测分给正确类别的概率有多少。目标 `y` 采用独热编码（one-hot）时，一个样本的误差为
# $-\sum_k y_k \log(p_k + \delta)$，其中 $\delta = 10^{-7}$；对一批数据，报告各样本误差的**平均值**。
#
# * $\delta$ 要加在 log **里面**：`log(0)` 是 `-inf`，而非目标类别处的 `0 * log(0)` 是 `nan`。
# * 一维的 `p` 是单个样本：批大小是 1，而不是 `len(p)`。
# * 要除以批大小：如果只求和，损失会随批大小增大。

# %%
# nngrader: solution reference.softmax_classifier.softmax

# %%
# nngrader: check softmax
p = softmax(np.array([1.0, 2.0, 3.0]))
assert np.allclose(p, [0.09003057, 0.24472847, 0.66524096], atol=1e-8), (
    f"softmax([1, 2, 3]) should be [0.0900, 0.2447, 0.6652], got {p}")
    # zh> f"softmax([1, 2, 3]) 应为 [0.0900, 0.2447, 0.6652]，得到的是 {p}")
x = np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0]])
p = softmax(x)
assert p.shape == (2, 3), f"a (2, 3) batch should give (2, 3) probabilities, got {p.shape}"
# zh> assert p.shape == (2, 3), f"(2, 3) 的一批输入应得到 (2, 3) 的概率，得到的形状是 {p.shape}"
assert np.allclose(p, [[0.09003057, 0.24472847, 0.66524096], [1 / 3, 1 / 3, 1 / 3]],
                   atol=1e-8), (
    "softmax of [[1, 2, 3], [1000, 1000, 1000]] should normalise each row on its own, "
    # zh> "对 [[1, 2, 3], [1000, 1000, 1000]] 求 softmax 时，每一行应各自归一化，"
    f"subtracting that row's maximum; got\n{p}")
    # zh> f"并减去该行自己的最大值；得到的是\n{p}")
assert np.array_equal(x, [[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0]]), "softmax changed its input"
# zh> assert np.array_equal(x, [[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0]]), "softmax 改动了它的输入"
print("softmax: checks passed")
# zh> print("softmax：检查通过")

# %%
# nngrader: solution reference.softmax_classifier.cross_entropy_error

# %%
# nngrader: check cross_entropy_error
t = np.array([0.0, 0.0, 1.0, 0.0])
p = np.array([0.1, 0.3, 0.6, 0.0])
err = cross_entropy_error(p, t)
assert abs(err - 0.510825457099338) < 1e-9, (
    f"expected -log(0.6 + 1e-7) = 0.5108254571, got {err} "
    # zh> f"应为 -log(0.6 + 1e-7) = 0.5108254571，得到的是 {err}"
    "(the 1e-7 goes inside the log; a 1-D input is one sample)")
    # zh> "（1e-7 要加在 log 里面；一维输入是单个样本）")
err = cross_entropy_error(np.array([0.0, 1.0, 0.0]), np.array([1.0, 0.0, 0.0]))
assert abs(err - 16.11809565095832) < 1e-6, f"p = 0 at the target should give -log(1e-7), got {err}"
# zh> assert abs(err - 16.11809565095832) < 1e-6, f"目标类别处 p = 0 时应得到 -log(1e-7)，得到的是 {err}"
P = np.array([[0.6, 0.4, 0.0], [0.2, 0.8, 0.0]])
T = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
err = cross_entropy_error(P, T)
assert abs(err - 0.3669844417067778) < 1e-9, (
    f"a batch should give the mean of -log(0.6 + 1e-7) and -log(0.8 + 1e-7) = 0.36698444, got {err}")
    # zh> f"一批数据应得到 -log(0.6 + 1e-7) 与 -log(0.8 + 1e-7) 的平均值 0.36698444，得到的是 {err}")
print("cross_entropy_error: checks passed")
# zh> print("cross_entropy_error：检查通过")

# %% [markdown]
# ## 5. A first network: `SimpleNet`
#
# `SimpleNet` maps 2 inputs to 3 class scores with one weight matrix `W` of shape (2, 3):
# `predict(x)` returns the scores `x W`, and `loss(x, t)` turns them into probabilities
# with `softmax` and compares them with the one-hot target `t` by `cross_entropy_error`.
#
# The constructor is given: it draws `W` from a normal distribution with a fixed seed, so
# every run starts from the same weights. You write `predict` and `loss`. Do not pass raw
# scores to `cross_entropy_error`: scores can be negative, probabilities cannot.

# %% [markdown] lang="zh"
# ## 5. 第一个网络：`SimpleNet`
#
# `SimpleNet` 用一个形状为 (2, 3) 的权重矩阵 `W` 把 2 个输入映射为 3 个类别得分：`predict(x)` 返回得分 `x W`，
# `loss(x, t)` 先用 `softmax` 把得分变成概率，再用 `cross_entropy_error` 与独热编码的目标 `t` 比较。
#
# 构造函数已经给出：它用固定的随机种子从正态分布中抽取 `W`，所以每次运行都从相同的权重出发。你来实现 `predict` 和 `loss`。
# 不要把原始得分直接传给 `cross_entropy_error`：得分可以是负数，概率不可能是负数。

# %%
# nngrader: solution reference.softmax_classifier.SimpleNet given=__init__

# %%
# nngrader: check simple_net
net = SimpleNet()
assert net.W.shape == (2, 3), f"W should have shape (2, 3), got {net.W.shape}"
# zh> assert net.W.shape == (2, 3), f"W 的形状应为 (2, 3)，得到的是 {net.W.shape}"
net.W = np.array([[1.0, 0.0, -1.0], [0.5, 2.0, 0.0]])
x = np.array([0.6, 0.9])
scores = net.predict(x)
assert np.allclose(scores, [1.05, 1.8, -0.6]), f"predict([0.6, 0.9]) should be x W = [1.05, 1.8, -0.6], got {scores}"
# zh> assert np.allclose(scores, [1.05, 1.8, -0.6]), f"predict([0.6, 0.9]) 应为 x W = [1.05, 1.8, -0.6]，得到的是 {scores}"
loss = net.loss(x, np.array([0.0, 0.0, 1.0]))
assert abs(loss - 2.846659393521834) < 1e-6, (
    f"loss should be -log(softmax([1.05, 1.8, -0.6])[2] + 1e-7) = 2.8466594, got {loss}")
    # zh> f"损失应为 -log(softmax([1.05, 1.8, -0.6])[2] + 1e-7) = 2.8466594，得到的是 {loss}")
batch = net.predict(np.array([[0.6, 0.9], [1.0, 0.0]]))
assert np.allclose(batch, [[1.05, 1.8, -0.6], [1.0, 0.0, -1.0]]), f"batch predict gave\n{batch}"
# zh> assert np.allclose(batch, [[1.05, 1.8, -0.6], [1.0, 0.0, -1.0]]), f"对一批数据 predict 得到\n{batch}"
print("simple_net: checks passed")
# zh> print("simple_net：检查通过")

# %% [markdown]
# ### Training `SimpleNet`
#
# The loss depends on `W` through the network, not through an argument. The trick is a
# function of a *dummy* argument that just evaluates the loss, `lambda w: net.loss(x, t)`.
# Because `numerical_gradient` nudges `net.W` itself, each call sees the nudged weights.
# Below we take 100 single steps with `gradient_descent`, store the result in `net.W`,
# and record the loss after each step.

# %% [markdown] lang="zh"
# ### 训练 `SimpleNet`
#
# 损失通过网络依赖于 `W`，而不是通过函数参数。技巧是写一个带*哑*参数、只负责计算损失的函数：`lambda w: net.loss(x, t)`。
# 由于 `numerical_gradient` 挪动的正是 `net.W` 本身，每次调用都会看到被挪动后的权重。
# 下面我们用 `gradient_descent` 每次走一步、共走 100 步，把结果存回 `net.W`，并记录每一步之后的损失。

# %%
net = SimpleNet()
x = np.array([0.6, 0.9])
t = np.array([0.0, 0.0, 1.0])
f = lambda w: net.loss(x, t)
print("gradient of the loss with respect to W:\n", numerical_gradient(f, net.W))
# zh> print("损失关于 W 的梯度：\n", numerical_gradient(f, net.W))

losses = [net.loss(x, t)]
for _ in range(100):
    net.W = gradient_descent(f, net.W, lr=0.1, step_num=1)
    losses.append(net.loss(x, t))
print(f"loss {losses[0]:.4f} -> {losses[-1]:.4f}; predicted class {np.argmax(net.predict(x))}")
# zh> print(f"损失 {losses[0]:.4f} -> {losses[-1]:.4f}；预测类别 {np.argmax(net.predict(x))}")

plt.plot(losses)
plt.xlabel("step")
# zh> plt.xlabel("步数")
plt.ylabel("cross-entropy loss")
# zh> plt.ylabel("交叉熵损失")
plt.show()

# %% [markdown]
# ## Credits
#
# The exercises follow Koki Saito, *Deep Learning from Scratch* (O'Reilly Japan, 2016; the
# Japanese original is *Zero kara tsukuru Deep Learning*), chapter 4 (numerical
# differentiation, gradients, a first network trained by them). The text and code here are
# the kit's own.

# %% [markdown] lang="zh"
# ## 致谢
#
# 本作业的练习参照斋藤康毅《深度学习入门：基于 Python 的理论与实现》（『ゼロから作るDeep
# Learning』，O'Reilly Japan，2016）第 4
# 章（数值微分、梯度，以及用它们训练的第一个网络）。这里的文字和代码由本套件自行编写。
