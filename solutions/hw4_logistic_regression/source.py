# %% [markdown]
# # Homework 4: is it a cat? Logistic regression as a one-neuron network
#
# Logistic regression is a single sigmoid neuron with a log-loss. Here it learns to tell
# photos of cats from other photos. Along the way you build the pieces that every larger
# network reuses: a forward pass, a cost, gradients by the chain rule, gradient descent,
# prediction, and arrays laid out so that no Python loop runs over the examples.
#
# You will write `sigmoid`, `initialize_with_zeros`, `propagate`, `optimize`, `predict` and
# `model`. Replace each `# YOUR CODE HERE` / `raise NotImplementedError()` with your code
# and run the check cell after it.

# %% [markdown] lang="zh"
# # 作业 4：这是猫吗？把逻辑回归看作单个神经元的网络
#
# 逻辑回归就是一个采用 sigmoid 激活函数、以对数损失（交叉熵）为损失函数的神经元。本次作业用它来区分猫的照片与其他照片。
# 在此过程中，你会搭建出所有更大的网络都会复用的部件：前向传播、代价函数、用链式法则求梯度、梯度下降、预测，
# 以及让 Python 不必在样本上写循环的数组排布方式（向量化）。
#
# 你要实现 `sigmoid`、`initialize_with_zeros`、`propagate`、`optimize`、`predict` 和 `model`。
# 把每处 `# YOUR CODE HERE` / `raise NotImplementedError()` 换成你的代码，然后运行紧随其后的检查单元格。

# %%
import os
import time
from pathlib import Path

import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ## 1. Optimisation in one paragraph
#
# Training looks for the parameters $w, b$ that make the cost $J(w, b)$ smallest. The
# gradient points uphill, so gradient descent repeats
#
# $$w \leftarrow w - \alpha \frac{\partial J}{\partial w}, \qquad
#   b \leftarrow b - \alpha \frac{\partial J}{\partial b}$$
#
# with the learning rate $\alpha$. Where the slope is positive $w$ moves left, where it is
# negative $w$ moves right, and it settles where the slope is zero. For logistic regression
# the cost is convex (one bowl-shaped valley). The loss surfaces of deeper networks are
# far more rugged, but the same rule is used on them.
#
# ## 2. The chain rule on a computation graph
#
# Write the computation for one example with two features as a chain of small steps:
#
# $$z = w_1 x_1 + w_2 x_2 + b, \qquad a = \sigma(z), \qquad
#   L(a, y) = -\big(y \log a + (1 - y)\log(1 - a)\big).$$
#
# The forward pass runs left to right. The backward pass runs right to left, multiplying
# local derivatives. With $\partial L/\partial a = -y/a + (1-y)/(1-a)$ and
# $\partial a/\partial z = a(1-a)$, most of it cancels:
#
# $$\frac{\partial L}{\partial z} = a - y, \qquad
#   \frac{\partial L}{\partial w_j} = x_j\,(a - y), \qquad
#   \frac{\partial L}{\partial b} = a - y.$$
#
# The cost $J$ over $m$ examples is the mean of their losses, so its gradients are the
# means of these per-example gradients.
#
# ## 3. Vectorisation
#
# Averaging over examples in a Python `for` loop is slow. Numpy's array operations run in
# compiled code. Compare one dot product computed both ways:

# %% [markdown] lang="zh"
# ## 1. 一段话讲清优化
#
# 训练就是寻找使代价函数 $J(w, b)$ 最小的参数 $w, b$。梯度指向上坡方向，所以梯度下降法反复执行
#
# $$w \leftarrow w - \alpha \frac{\partial J}{\partial w}, \qquad
#   b \leftarrow b - \alpha \frac{\partial J}{\partial b}$$
#
# 其中 $\alpha$ 是学习率。斜率为正时 $w$ 向左移，斜率为负时 $w$ 向右移，最终停在斜率为零的地方。
# 逻辑回归的代价函数是凸函数（只有一个碗状的谷底）。更深的网络的损失曲面要崎岖得多，但用的是同一条更新规则。
#
# ## 2. 计算图上的链式法则
#
# 把一个有两个特征的样本的计算写成一串小步骤：
#
# $$z = w_1 x_1 + w_2 x_2 + b, \qquad a = \sigma(z), \qquad
#   L(a, y) = -\big(y \log a + (1 - y)\log(1 - a)\big).$$
#
# 前向传播从左往右计算；反向传播从右往左，把各个局部导数相乘。由 $\partial L/\partial a = -y/a + (1-y)/(1-a)$
# 和 $\partial a/\partial z = a(1-a)$，大部分项会相互抵消：
#
# $$\frac{\partial L}{\partial z} = a - y, \qquad
#   \frac{\partial L}{\partial w_j} = x_j\,(a - y), \qquad
#   \frac{\partial L}{\partial b} = a - y.$$
#
# $m$ 个样本上的代价 $J$ 是各样本损失的平均值，因此它的梯度就是各样本梯度的平均值。
#
# ## 3. 向量化
#
# 在 Python 的 `for` 循环里对样本求平均很慢，而 numpy 的数组运算是在编译好的代码中执行的。
# 用两种方式计算同一个点积，比较一下：

# %%
a = np.random.default_rng(0).random(100_000)
b = np.random.default_rng(1).random(100_000)

start = time.perf_counter()
total = 0.0
for i in range(len(a)):
    total += a[i] * b[i]
loop_ms = 1000 * (time.perf_counter() - start)

start = time.perf_counter()
total_vectorised = np.dot(a, b)
dot_ms = 1000 * (time.perf_counter() - start)
print(f"for loop: {loop_ms:.1f} ms, np.dot: {dot_ms:.3f} ms, same result: {np.isclose(total, total_vectorised)}")
# zh> print(f"for 循环：{loop_ms:.1f} ms，np.dot：{dot_ms:.3f} ms，结果相同：{np.isclose(total, total_vectorised)}")

# %% [markdown]
# So we stack the $m$ examples as the **columns** of a matrix. With $n$ features:
#
# | array | shape | meaning |
# | --- | --- | --- |
# | `X` | (n, m) | one example per column |
# | `Y` | (1, m) | labels, 0 or 1 |
# | `w` | (n, 1) | weights |
# | `b` | scalar | bias |
# | `A = sigmoid(w.T @ X + b)` | (1, m) | one probability per example |
#
# and every formula above becomes a matrix expression:
#
# $$J = -\frac{1}{m}\sum \big(Y \log A + (1-Y)\log(1-A)\big),\qquad
#   dw = \frac{1}{m} X (A - Y)^\top,\qquad db = \frac{1}{m}\sum (A - Y).$$
#
# ## 4. The data
#
# 209 training and 50 test images of 64x64 pixels with three colour channels; label 1 means
# cat. They are the images of the Coursera course's assignment, handed out beside this
# notebook in `datasets/catvnoncat/`: the original HDF5 files and `catvnoncat.npz`, the
# same arrays in numpy's own format, which `read_catvnoncat_npz` reads with numpy alone.
# (The grader sets the environment variable `NNGRADER_DATA` to its own copy; you need not.)

# %% [markdown] lang="zh"
# 所以我们把 $m$ 个样本作为矩阵的**列**堆叠起来。设有 $n$ 个特征：
#
# | 数组 | 形状 | 含义 |
# | --- | --- | --- |
# | `X` | (n, m) | 每列一个样本 |
# | `Y` | (1, m) | 标签，取 0 或 1 |
# | `w` | (n, 1) | 权重 |
# | `b` | 标量 | 偏置 |
# | `A = sigmoid(w.T @ X + b)` | (1, m) | 每个样本一个概率 |
#
# 上面的每个公式都变成了矩阵表达式：
#
# $$J = -\frac{1}{m}\sum \big(Y \log A + (1-Y)\log(1-A)\big),\qquad
#   dw = \frac{1}{m} X (A - Y)^\top,\qquad db = \frac{1}{m}\sum (A - Y).$$
#
# ## 4. 数据
#
# 209 张训练图像和 50 张测试图像，每张 64x64 像素、三个颜色通道；标签为 1 表示猫。
# 这些图像来自 Coursera 课程的同名作业，随本笔记本一起发放，放在旁边的 `datasets/catvnoncat/`
# 文件夹中：原始的 HDF5 文件，以及 `catvnoncat.npz`（同样的数组，以 numpy 自己的格式保存），
# `read_catvnoncat_npz` 只用 numpy 就能读取它。（评分程序会把环境变量 `NNGRADER_DATA`
# 设为它自己的数据副本；你不需要设置。）

# %%
# nngrader: given autograder.data.data_file, autograder.data.read_catvnoncat_npz

# %%
data_folder = Path(os.environ.get("NNGRADER_DATA", "datasets"))
train_x_orig, train_y, test_x_orig, test_y, classes = read_catvnoncat_npz(
    data_folder / "catvnoncat" / "catvnoncat.npz")
classes = [name.decode() for name in classes]
print("train images:", train_x_orig.shape, "labels:", train_y.shape)
# zh> print("训练图像：", train_x_orig.shape, "标签：", train_y.shape)
print("test images: ", test_x_orig.shape, "labels:", test_y.shape)
# zh> print("测试图像：", test_x_orig.shape, "标签：", test_y.shape)

plt.figure(figsize=(8, 2))
for i in range(4):
    plt.subplot(1, 4, i + 1)
    plt.imshow(train_x_orig[i])
    plt.title(classes[train_y[0, i]])
    plt.axis("off")
plt.show()

# %% [markdown]
# Each image becomes one column of 64·64·3 = 12288 numbers. `reshape(m, -1)` keeps each
# image's pixels together in one row, and `.T` turns rows into columns. Writing
# `reshape(-1, m)` instead gives the right shape but mixes pixels of different images in
# each column. Dividing by 255 brings the pixels into [0, 1].

# %% [markdown] lang="zh"
# 每张图像被展平成一列 64·64·3 = 12288 个数。`reshape(m, -1)` 让每张图像的像素都留在同一行里，再用 `.T` 把行变成列。
# 如果写成 `reshape(-1, m)`，形状虽然对，但每一列里混杂了不同图像的像素。除以 255 把像素值归一化到 [0, 1]。

# %%
train_x = train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255.0
test_x = test_x_orig.reshape(test_x_orig.shape[0], -1).T / 255.0
print("train_x:", train_x.shape, " test_x:", test_x.shape)

# %% [markdown]
# ## 5. The building blocks
#
# `sigmoid(z)`: $1 / (1 + e^{-z})$, element-wise, for a number or an array of any shape.

# %% [markdown] lang="zh"
# ## 5. 基本组件
#
# `sigmoid(z)`：逐元素计算 $1 / (1 + e^{-z})$，输入可以是一个数，也可以是任意形状的数组。

# %%
# nngrader: solution reference.logistic_regression.sigmoid

# %%
# nngrader: check sigmoid
assert sigmoid(0) == 0.5, f"sigmoid(0) should be 0.5, got {sigmoid(0)}"
# zh> assert sigmoid(0) == 0.5, f"sigmoid(0) 应为 0.5，得到的是 {sigmoid(0)}"
out = sigmoid(np.array([[0.0, np.log(3.0)]]))
assert out.shape == (1, 2) and np.allclose(out, [[0.5, 0.75]]), (
    f"sigmoid([[0, ln 3]]) should be [[0.5, 0.75]], got {out}")
    # zh> f"sigmoid([[0, ln 3]]) 应为 [[0.5, 0.75]]，得到的是 {out}")
print("sigmoid: checks passed")
# zh> print("sigmoid：检查通过")

# %% [markdown]
# `initialize_with_zeros(dim)`: `w` as zeros of shape (dim, 1) (a column, not a flat
# vector of shape (dim,)) and `b = 0.0`. For logistic regression, starting at zero is
# fine: with a single neuron there is no symmetry between units to break.

# %% [markdown] lang="zh"
# `initialize_with_zeros(dim)`：`w` 为形状 (dim, 1) 的全零数组（是列向量，不是形状为 (dim,) 的一维向量），`b = 0.0`。
# 对逻辑回归来说，从零开始没有问题：只有一个神经元，不存在需要打破的单元间对称性。

# %%
# nngrader: solution reference.logistic_regression.initialize_with_zeros

# %%
# nngrader: check initialize_with_zeros
w, b = initialize_with_zeros(3)
assert np.shape(w) == (3, 1) and not np.any(w), f"w should be zeros of shape (3, 1), got {w!r}"
# zh> assert np.shape(w) == (3, 1) and not np.any(w), f"w 应为形状 (3, 1) 的全零数组，得到的是 {w!r}"
assert b == 0, f"b should be 0, got {b!r}"
# zh> assert b == 0, f"b 应为 0，得到的是 {b!r}"
print("initialize_with_zeros: checks passed")
# zh> print("initialize_with_zeros：检查通过")

# %% [markdown]
# `propagate(w, b, X, Y)`: one forward and one backward pass over all $m$ examples. Return
# `grads = {"dw": dw, "db": db}` and `cost`.
#
# * $m$ is the number of **columns**, `X.shape[1]`. `X.shape[0]` is the number of
#   features.
# * `dw` has the shape of `w`, (n, 1); `db` and `cost` are plain numbers.

# %% [markdown] lang="zh"
# `propagate(w, b, X, Y)`：在全部 $m$ 个样本上做一次前向传播和一次反向传播。返回 `grads = {"dw": dw, "db": db}` 和 `cost`。
#
# * $m$ 是**列**数，即 `X.shape[1]`；`X.shape[0]` 是特征数。
# * `dw` 的形状与 `w` 相同，为 (n, 1)；`db` 和 `cost` 都是普通的数。

# %%
# nngrader: solution reference.logistic_regression.propagate

# %%
# nngrader: check propagate
w = np.array([[0.5], [-1.0]])
b = 0.25
X = np.array([[1.0, -2.0, 0.0], [0.5, 1.0, -1.5]])
Y = np.array([[1, 0, 1]])
# By hand: A = sigmoid([0.25, -1.75, 1.75]) = [0.5622, 0.1480, 0.8520].
# zh: 手算：A = sigmoid([0.25, -1.75, 1.75]) = [0.5622, 0.1480, 0.8520]。
gradients, cost = propagate(w, b, X, Y)
assert abs(float(cost) - 0.29879590691833935) < 1e-9, f"cost should be 0.2987959, got {cost}"
# zh> assert abs(float(cost) - 0.29879590691833935) < 1e-9, f"代价应为 0.2987959，得到的是 {cost}"
assert np.shape(gradients["dw"]) == (2, 1), f"dw should have the shape of w, (2, 1), got {np.shape(gradients['dw'])}"
# zh> assert np.shape(gradients["dw"]) == (2, 1), f"dw 的形状应与 w 相同，即 (2, 1)，得到的是 {np.shape(gradients['dw'])}"
assert np.allclose(gradients["dw"], [[-0.244639298393], [0.050402081841]]), (
    f"dw should be [[-0.2446393], [0.0504021]], got {gradients['dw']} (m = X.shape[1]?)")
    # zh> f"dw 应为 [[-0.2446393], [0.0504021]]，得到的是 {gradients['dw']}（m 是不是 X.shape[1]？）")
assert abs(float(gradients["db"]) + 0.14594116637140062) < 1e-9, f"db should be -0.1459412, got {gradients['db']}"
# zh> assert abs(float(gradients["db"]) + 0.14594116637140062) < 1e-9, f"db 应为 -0.1459412，得到的是 {gradients['db']}"
print("propagate: checks passed")
# zh> print("propagate：检查通过")

# %% [markdown]
# `optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False)`: repeat
# `num_iterations` times: `propagate`, then update `w` with `dw` and `b` with `db`.
# Record the cost at iterations 0, 100, 200, ... (the cost computed at the start of that
# iteration) and print it when `print_cost` is true. Return
# `({"w": w, "b": b}, {"dw": dw, "db": db}, costs)`.
#
# Two slips to avoid: a `return` indented inside the loop stops after one iteration, and
# `b = w - learning_rate * db` updates the bias from the weights.

# %% [markdown] lang="zh"
# `optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False)`：重复 `num_iterations` 次：
# 先 `propagate`，再用 `dw` 更新 `w`、用 `db` 更新 `b`。在第 0、100、200……次迭代时记录代价（该次迭代开始时算出的代价），
# `print_cost` 为真时把它打印出来。返回 `({"w": w, "b": b}, {"dw": dw, "db": db}, costs)`。
#
# 要避免两个疏忽：`return` 缩进到了循环里面，只迭代一次就返回了；以及写成 `b = w - learning_rate * db`，用权重去更新偏置。

# %%
# nngrader: solution reference.logistic_regression.optimize

# %%
# nngrader: check optimize
X = np.array([[1.0, -2.0, 0.0], [0.5, 1.0, -1.5]])
Y = np.array([[1, 0, 1]])
params, grads, costs = optimize(np.array([[0.5], [-1.0]]), 0.25, X, Y,
                                num_iterations=201, learning_rate=0.1)
assert len(costs) == 3, f"201 iterations record the costs of iterations 0, 100, 200: got {len(costs)}"
# zh> assert len(costs) == 3, f"迭代 201 次应记录第 0、100、200 次迭代的代价，共 3 个：得到 {len(costs)} 个"
assert np.allclose(costs, [0.29879590691833935, 0.06742276761802747, 0.03653366017586928]), (
    f"costs should be [0.2987959, 0.0674228, 0.0365337], got {costs}")
    # zh> f"代价应为 [0.2987959, 0.0674228, 0.0365337]，得到的是 {costs}")
assert np.allclose(params["w"], [[2.058713359883], [-1.388276368256]]), f"final w: {params['w']}"
# zh> assert np.allclose(params["w"], [[2.058713359883], [-1.388276368256]]), f"最终的 w：{params['w']}"
assert abs(float(params["b"]) - 1.381262216917747) < 1e-9, f"final b should be 1.3812622, got {params['b']}"
# zh> assert abs(float(params["b"]) - 1.381262216917747) < 1e-9, f"最终的 b 应为 1.3812622，得到的是 {params['b']}"
assert np.allclose(grads["dw"], [[-0.030862779446], [0.010469947156]]), "grads are those of the last iteration"
# zh> assert np.allclose(grads["dw"], [[-0.030862779446], [0.010469947156]]), "grads 应为最后一次迭代的梯度"
print("optimize: checks passed")
# zh> print("optimize：检查通过")

# %% [markdown]
# `predict(w, b, X)`: the label of every example, 1 where the probability $A$ is above
# 0.5 and 0 otherwise, as an array of shape (1, m). A comparison such as `A > 0.5` does it
# in one step, and says what is meant. Tricks can fail at the edges: `np.floor(A / 0.5)`
# gives 2 where A is 1.0. (`np.round(A)` happens to agree with `A > 0.5`: numpy rounds
# halves to the even number, so 0.5 becomes 0.)

# %% [markdown] lang="zh"
# `predict(w, b, X)`：每个样本的预测标签，概率 $A$ 大于 0.5 处为 1，否则为 0，结果是形状为 (1, m) 的数组。
# 像 `A > 0.5` 这样的比较一步就能完成，而且意思一目了然。取巧的写法在边界上可能出错：当 A 为 1.0 时，
# `np.floor(A / 0.5)` 得到 2。（`np.round(A)` 恰好与 `A > 0.5` 一致：numpy 把 .5 舍入到偶数，所以 0.5 变成 0。）

# %%
# nngrader: solution reference.logistic_regression.predict

# %%
# nngrader: check predict
w = np.array([[1.0], [-1.0]])
X = np.array([[2.0, 0.0, 1.0, 50.0], [1.0, 3.0, 1.5, 0.0]])  # z = [1, -3, -0.5, 50]
labels = predict(w, 0.0, X)
assert np.shape(labels) == (1, 4), f"predictions should have shape (1, m) = (1, 4), got {np.shape(labels)}"
# zh> assert np.shape(labels) == (1, 4), f"预测结果的形状应为 (1, m) = (1, 4)，得到的是 {np.shape(labels)}"
assert np.array_equal(labels, [[1, 0, 0, 1]]), f"expected [[1, 0, 0, 1]], got {labels}"
# zh> assert np.array_equal(labels, [[1, 0, 0, 1]]), f"应为 [[1, 0, 0, 1]]，得到的是 {labels}"
print("predict: checks passed")
# zh> print("predict：检查通过")

# %% [markdown]
# ## 6. The whole model
#
# `model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
# print_cost=False)` puts it together: zero parameters, `optimize` on the training set,
# `predict` on both sets. It returns a dict with `"costs"`, `"Y_prediction_test"`,
# `"Y_prediction_train"`, `"w"` and `"b"`.

# %% [markdown] lang="zh"
# ## 6. 完整的模型
#
# `model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
# print_cost=False)` 把各部分组装起来：参数初始化为零，在训练集上 `optimize`，再在两个数据集上 `predict`。
# 它返回一个字典，包含 `"costs"`、`"Y_prediction_test"`、`"Y_prediction_train"`、`"w"` 和 `"b"`。

# %%
# nngrader: solution reference.logistic_regression.model

# %%
# nngrader: check model
X = np.array([[1.0, 2.0, -1.0, -2.0, 0.5, -0.5], [1.0, 0.5, -1.0, -0.5, 1.0, -1.0]])
Y = np.array([[1, 1, 0, 0, 1, 0]])  # 1 exactly where x1 + x2 > 0
# zh> Y = np.array([[1, 1, 0, 0, 1, 0]])  # 恰在 x1 + x2 > 0 处为 1
d = model(X, Y, X[:, :2], Y[:, :2], num_iterations=300, learning_rate=0.5)
for key in ("costs", "Y_prediction_test", "Y_prediction_train", "w", "b"):
    assert key in d, f"the result has no {key!r}"
    # zh> assert key in d, f"返回结果中没有 {key!r}"
assert len(d["costs"]) == 3 and abs(d["costs"][0] - np.log(2)) < 1e-9, (
    f"3 costs expected, the first log(2) = 0.6931 (zero parameters), got {d['costs']}")
    # zh> f"应有 3 个代价，第一个为 log(2) = 0.6931（参数全为零），得到的是 {d['costs']}")
assert np.shape(d["w"]) == (2, 1), f"w should have shape (2, 1), got {np.shape(d['w'])}"
# zh> assert np.shape(d["w"]) == (2, 1), f"w 的形状应为 (2, 1)，得到的是 {np.shape(d['w'])}"
assert np.array_equal(d["Y_prediction_train"], Y), f"this data is separable: {d['Y_prediction_train']}"
# zh> assert np.array_equal(d["Y_prediction_train"], Y), f"这组数据线性可分，训练集应全部预测正确：{d['Y_prediction_train']}"
assert np.array_equal(d["Y_prediction_test"], [[1, 1]]), f"test predictions: {d['Y_prediction_test']}"
# zh> assert np.array_equal(d["Y_prediction_test"], [[1, 1]]), f"测试集的预测：{d['Y_prediction_test']}"
print("model: checks passed")
# zh> print("model：检查通过")

# %% [markdown]
# ## 7. Training on the cats
#
# 2000 iterations at a learning rate of 0.005. The training accuracy should come out near
# 99% and the test accuracy near 70%. The large gap is **overfitting**: 12288 weights are
# a lot for 209 examples. Note also that the test set is two-thirds cats, while the
# training set is two-thirds non-cats.

# %% [markdown] lang="zh"
# ## 7. 在猫的图片上训练
#
# 以 0.005 的学习率迭代 2000 次。训练集精度应接近 99%，测试集精度接近 70%。两者差距很大，这就是**过拟合**：
# 对 209 个样本来说，12288 个权重实在太多了。另外请注意，测试集中三分之二是猫，而训练集中三分之二不是猫。

# %%
d = model(train_x, train_y, test_x, test_y, num_iterations=2000, learning_rate=0.005,
          print_cost=True)
print(f"train accuracy: {100 * np.mean(d['Y_prediction_train'] == train_y):.1f} %")
# zh> print(f"训练集精度：{100 * np.mean(d['Y_prediction_train'] == train_y):.1f} %")
print(f"test accuracy:  {100 * np.mean(d['Y_prediction_test'] == test_y):.1f} %")
# zh> print(f"测试集精度：{100 * np.mean(d['Y_prediction_test'] == test_y):.1f} %")

plt.plot(np.arange(len(d["costs"])) * 100, np.squeeze(d["costs"]))
plt.xlabel("iteration")
# zh> plt.xlabel("迭代次数")
plt.ylabel("cost")
# zh> plt.ylabel("代价")
plt.title("learning rate 0.005")
# zh> plt.title("学习率 0.005")
plt.show()

# %% [markdown]
# ## Credits
#
# The exercise follows the programming assignment "Logistic Regression with a Neural
# Network mindset" of deeplearning.ai's Coursera course *Neural Networks and Deep
# Learning* (Andrew Ng), week 2. The text and code here are the kit's own.
#
# Data: the cat / non-cat images of that assignment (`train_catvnoncat.h5`,
# `test_catvnoncat.h5`), as the course distributes them, unchanged; `catvnoncat.npz` holds
# the same arrays. No licence is published for these files: they are course material,
# widely redistributed in public course-work repositories, and are used here for teaching
# with credit to deeplearning.ai.

# %% [markdown] lang="zh"
# ## 致谢
#
# 本练习参照 deeplearning.ai 在 Coursera 上的课程《Neural Networks and
# Deep Learning》（吴恩达）第 2 周的编程作业 “Logistic Regression with a
# Neural Network mindset”。这里的文字和代码由本套件自行编写。
#
# 数据：该作业的猫 / 非猫图像（`train_catvnoncat.h5`、`test_catvnoncat.h5`），
# 与课程分发的文件相同，未作改动；`catvnoncat.npz`
# 保存的是同样的数组。这些文件没有公布许可协议：它们是课程材料，在公开的课程作业仓库中广泛流传，这里用于教学，并注明出自
# deeplearning.ai。
