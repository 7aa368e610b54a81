# %% [markdown]
# # Homework 3: one neuron, trained by hand
#
# Deep learning work goes round a loop: have an **idea**, turn it into **code**, run an
# **experiment**, and let the result change the idea. This homework goes round it once
# with the smallest network there is, a single neuron with two inputs. You write its
# forward pass and its backpropagation by hand with the chain rule, and you find (and
# avoid) the bug that most often breaks such code: numpy broadcasting two shapes you did
# not mean to combine.
#
# You will write `sigmoid`, `deriv_sigmoid`, `mse_loss` and the methods `feedforward` and
# `train` of `class Neuron`. Replace each `# YOUR CODE HERE` /
# `raise NotImplementedError()` with your code and run the check cell after it.

# %% [markdown] lang="zh"
# # 作业 3：单个神经元，亲手训练
#
# 深度学习的工作总是在一个循环中推进：先有**想法**，把它写成**代码**，再做**实验**，然后根据结果修正想法。
# 本次作业用最小的网络——一个有两个输入的神经元——把这个循环完整地走一遍。你将用链式法则亲手写出它的前向计算与反向传播，
# 并找出（进而避开）最常让这类代码出错的 bug：numpy 把两个你本不打算组合的形状广播到了一起。
#
# 你要实现 `sigmoid`、`deriv_sigmoid`、`mse_loss`，以及 `class Neuron` 的 `feedforward` 和 `train` 两个方法。
# 把每处 `# YOUR CODE HERE` / `raise NotImplementedError()` 换成你的代码，然后运行紧随其后的检查单元格。

# %%
import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ## 1. The idea
#
# A neuron receives a vector $x$ of $n$ features (here $n = 2$), weighs them, adds a bias,
# and squashes the result with an **activation function**:
#
# $$z = w \cdot x + b, \qquad \hat y = \sigma(z) = \frac{1}{1 + e^{-z}}.$$
#
# The **sigmoid** $\sigma$ maps any number into (0, 1), so $\hat y$ can be read as a
# probability. Training needs its derivative, which has a neat form in terms of the
# sigmoid itself:
#
# $$\sigma'(z) = \sigma(z)\,(1 - \sigma(z)).$$
#
# It is largest at $z = 0$, where it equals 0.25, and it is tiny for large $|z|$. In deep
# networks, multiplying many such small factors makes gradients vanish; one neuron does not
# have that problem.
#
# Both functions work element-wise on arrays of any shape. `deriv_sigmoid` takes the
# sigmoid's **input** $z$, not its output.

# %% [markdown] lang="zh"
# ## 1. 想法
#
# 一个神经元接收 $n$ 个特征组成的向量 $x$（这里 $n = 2$），对它们加权求和、加上偏置，再用**激活函数**把结果压缩：
#
# $$z = w \cdot x + b, \qquad \hat y = \sigma(z) = \frac{1}{1 + e^{-z}}.$$
#
# **sigmoid 函数** $\sigma$ 把任意实数映射到 (0, 1) 之间，因此 $\hat y$ 可以看作一个概率。训练时要用到它的导数，
# 而这个导数可以用 sigmoid 本身简洁地表示：
#
# $$\sigma'(z) = \sigma(z)\,(1 - \sigma(z)).$$
#
# 它在 $z = 0$ 处最大，等于 0.25；当 $|z|$ 很大时则非常小。在深层网络中，许多这样的小因子连乘会导致梯度消失；
# 单个神经元则没有这个问题。
#
# 这两个函数都对任意形状的数组逐元素计算。`deriv_sigmoid` 接收的是 sigmoid 的**输入** $z$，而不是它的输出。

# %%
# nngrader: solution reference.neuron.sigmoid

# %%
# nngrader: check sigmoid
assert sigmoid(0.0) == 0.5, f"sigmoid(0) should be 0.5, got {sigmoid(0.0)}"
# zh> assert sigmoid(0.0) == 0.5, f"sigmoid(0) 应为 0.5，得到的是 {sigmoid(0.0)}"
# 1 / (1 + e^(-ln 3)) = 1 / (1 + 1/3) = 0.75
out = sigmoid(np.array([[np.log(3.0), -np.log(3.0)]]))
assert out.shape == (1, 2) and np.allclose(out, [[0.75, 0.25]]), (
    f"sigmoid([[ln 3, -ln 3]]) should be [[0.75, 0.25]] (same shape), got {out}")
    # zh> f"sigmoid([[ln 3, -ln 3]]) 应为 [[0.75, 0.25]]（形状不变），得到的是 {out}")
print("sigmoid: checks passed")
# zh> print("sigmoid：检查通过")

# %%
# nngrader: solution reference.neuron.deriv_sigmoid

# %%
# nngrader: check deriv_sigmoid
assert abs(deriv_sigmoid(0.0) - 0.25) < 1e-12, f"deriv_sigmoid(0) should be 0.25, got {deriv_sigmoid(0.0)}"
# zh> assert abs(deriv_sigmoid(0.0) - 0.25) < 1e-12, f"deriv_sigmoid(0) 应为 0.25，得到的是 {deriv_sigmoid(0.0)}"
out = deriv_sigmoid(np.array([np.log(3.0), -np.log(3.0), 0.0]))
assert np.allclose(out, [0.1875, 0.1875, 0.25]), (
    "deriv_sigmoid takes z, the sigmoid's input: at ln 3 it is 0.75 * 0.25 = 0.1875; "
    # zh> "deriv_sigmoid 接收的是 sigmoid 的输入 z：在 ln 3 处应为 0.75 * 0.25 = 0.1875；"
    f"got {out}")
    # zh> f"得到的是 {out}")
print("deriv_sigmoid: checks passed")
# zh> print("deriv_sigmoid：检查通过")

# %% [markdown]
# ## 2. The loss, and the broadcasting trap
#
# To say how wrong the neuron is on $n$ samples we use the **mean squared error**,
# $\frac{1}{n}\sum_i (y_i - \hat y_i)^2$. (The *loss* usually means the error of one
# sample, the *cost* the average over all of them; here the two words are used loosely.)
#
# It looks like a one-liner, `((y_true - y_pred) ** 2).mean()`. But predictions often come
# out as a column of shape (n, 1), while the labels are a flat vector of shape (n,).
# Subtracting those does not raise an error. Numpy **broadcasts** them into an (n, n)
# matrix of every prediction minus every label, and the mean of that matrix is a number
# that looks plausible and means nothing:

# %% [markdown] lang="zh"
# ## 2. 损失函数，以及广播陷阱
#
# 为了衡量神经元在 $n$ 个样本上错得有多离谱，我们使用**均方误差**：$\frac{1}{n}\sum_i (y_i - \hat y_i)^2$。
# （*损失*通常指单个样本的误差，*代价*指所有样本的平均；这里两个词不作严格区分。）
#
# 看起来一行就能写完：`((y_true - y_pred) ** 2).mean()`。但预测值常常是形状为 (n, 1) 的列向量，而标签是形状为 (n,) 的一维向量。
# 两者相减并不会报错：numpy 会把它们**广播**成一个 (n, n) 矩阵，里面是每个预测值减去每个标签，
# 这个矩阵的平均值看起来像模像样，实际上毫无意义：

# %%
labels = np.array([1.0, 0.0, 0.0, 1.0])             # shape (4,)
# zh> labels = np.array([1.0, 0.0, 0.0, 1.0])             # 形状 (4,)
outputs = np.array([[0.9], [0.2], [0.1], [0.6]])     # shape (4, 1)
# zh> outputs = np.array([[0.9], [0.2], [0.1], [0.6]])     # 形状 (4, 1)
print("shape of labels - outputs:", (labels - outputs).shape)
# zh> print("labels - outputs 的形状：", (labels - outputs).shape)
print("the wrong 'mean squared error':", ((labels - outputs) ** 2).mean())
# zh> print("错误的“均方误差”：", ((labels - outputs) ** 2).mean())

# %% [markdown]
# When tuning the learning rate does not help, print the shapes of the intermediate
# values.
#
# Write `mse_loss(y_true, y_pred)` so that it accepts (n,) or (n, 1) for either argument,
# in any mix, and compares entry `i` with entry `i` only: flatten both first.

# %% [markdown] lang="zh"
# 如果调学习率也无济于事，就把中间结果的形状打印出来看看。
#
# 请实现 `mse_loss(y_true, y_pred)`，使两个参数都能接受 (n,) 或 (n, 1) 的形状（可任意混合），
# 并且只把第 `i` 个元素与第 `i` 个元素比较：先把两者都展平。

# %%
# nngrader: solution reference.neuron.mse_loss

# %%
# nngrader: check mse_loss
y_true = np.array([1.0, 0.0, 0.0, 1.0])
y_pred = np.array([0.9, 0.2, 0.1, 0.6])
# squared errors 0.01, 0.04, 0.01, 0.16: their mean is 0.055
# zh: 各误差的平方为 0.01、0.04、0.01、0.16，平均值为 0.055
for a in (y_true, y_true.reshape(-1, 1)):
    for b in (y_pred, y_pred.reshape(-1, 1)):
        loss = mse_loss(a, b)
        assert np.ndim(loss) == 0 and abs(loss - 0.055) < 1e-12, (
            f"mse_loss of shapes {a.shape} and {b.shape} should be 0.055, got {loss} "
            # zh> f"形状为 {a.shape} 和 {b.shape} 时 mse_loss 应为 0.055，得到的是 {loss}"
            "(did (n,) and (n, 1) broadcast to (n, n)?)")
            # zh> "（是不是 (n,) 和 (n, 1) 被广播成了 (n, n)？）")
print("mse_loss: checks passed")
# zh> print("mse_loss：检查通过")

# %% [markdown]
# ## 3. Backpropagation through one neuron
#
# Training changes $w_1, w_2, b$ so that the loss falls. For one sample with loss
# $L = (y - \hat y)^2$ the chain rule splits each derivative into local pieces, one per
# step of the forward computation:
#
# $$\frac{\partial L}{\partial w_1} = \frac{\partial L}{\partial \hat y}
#   \cdot \frac{\partial \hat y}{\partial z} \cdot \frac{\partial z}{\partial w_1},
# \qquad \frac{\partial L}{\partial \hat y} = -2\,(y - \hat y),\quad
# \frac{\partial \hat y}{\partial z} = \sigma'(z),\quad
# \frac{\partial z}{\partial w_1} = x_1,\quad \frac{\partial z}{\partial w_2} = x_2,\quad
# \frac{\partial z}{\partial b} = 1.$$
#
# Backpropagation is just this: compute each local derivative and multiply them along the
# path from the loss back to the parameter. Store $z$ from the forward pass, since
# $\sigma'$ needs it.
#
# `class Neuron`:
#
# * **given:** `__init__`, which draws `weights` (shape (2,)) and `bias` from a fixed
#   random generator;
# * `feedforward(x)`: $\sigma(w \cdot x + b)$; for one sample `x` of shape (2,) a number,
#   for a batch of shape (n, 2) one output per row, shape (n,). `np.dot(x, self.weights)`
#   handles both;
# * `train(data, all_y_trues, learn_rate=0.1, epochs=1000)`: **stochastic** gradient
#   descent. In every epoch go through the samples in order. For each one do a forward
#   pass, the three derivatives above, and a step
#   $w_i \leftarrow w_i - \eta\, \partial L / \partial w_i$ (and the same for $b$). At the
#   end of each epoch append `mse_loss(all_y_trues, <outputs on all of data>)` to a list,
#   and return the list.

# %% [markdown] lang="zh"
# ## 3. 单个神经元的反向传播
#
# 训练就是调整 $w_1, w_2, b$，使损失下降。对单个样本，损失为 $L = (y - \hat y)^2$，链式法则把每个导数拆成若干局部导数，
# 前向计算的每一步对应一个：
#
# $$\frac{\partial L}{\partial w_1} = \frac{\partial L}{\partial \hat y}
#   \cdot \frac{\partial \hat y}{\partial z} \cdot \frac{\partial z}{\partial w_1},
# \qquad \frac{\partial L}{\partial \hat y} = -2\,(y - \hat y),\quad
# \frac{\partial \hat y}{\partial z} = \sigma'(z),\quad
# \frac{\partial z}{\partial w_1} = x_1,\quad \frac{\partial z}{\partial w_2} = x_2,\quad
# \frac{\partial z}{\partial b} = 1.$$
#
# 反向传播说到底就是：求出每个局部导数，沿着从损失回到参数的路径把它们乘起来。前向计算时要把 $z$ 保存下来，
# 因为 $\sigma'$ 要用到它。
#
# `class Neuron`：
#
# * **已给出：**`__init__`，它用固定的随机数生成器抽取 `weights`（形状 (2,)）和 `bias`；
# * `feedforward(x)`：$\sigma(w \cdot x + b)$；单个样本 `x`（形状 (2,)）得到一个数，一批样本（形状 (n, 2)）
#   每行得到一个输出，形状为 (n,)。`np.dot(x, self.weights)` 两种情况都能处理；
# * `train(data, all_y_trues, learn_rate=0.1, epochs=1000)`：**随机**梯度下降法。每个 epoch 按顺序遍历所有样本，
#   对每个样本做一次前向计算、求出上面的三个导数，再更新一步：
#   $w_i \leftarrow w_i - \eta\, \partial L / \partial w_i$（$b$ 同理）。每个 epoch 结束时，
#   把 `mse_loss(all_y_trues, <在全部 data 上的输出>)` 追加到一个列表中，最后返回这个列表。

# %%
# nngrader: solution reference.neuron.Neuron given=__init__

# %%
# nngrader: check neuron
neuron = Neuron()
assert np.shape(neuron.weights) == (2,), f"weights should have shape (2,), got {np.shape(neuron.weights)}"
# zh> assert np.shape(neuron.weights) == (2,), f"weights 的形状应为 (2,)，得到的是 {np.shape(neuron.weights)}"
neuron.weights, neuron.bias = np.array([1.0, -1.0]), 0.5
out = neuron.feedforward(np.array([2.0, 1.0]))  # z = 2 - 1 + 0.5 = 1.5
assert abs(out - 0.8175744761936437) < 1e-9, f"feedforward([2, 1]) should be sigmoid(1.5) = 0.81757, got {out}"
# zh> assert abs(out - 0.8175744761936437) < 1e-9, f"feedforward([2, 1]) 应为 sigmoid(1.5) = 0.81757，得到的是 {out}"
out = neuron.feedforward(np.array([[2.0, 1.0], [0.0, 0.5]]))
assert np.shape(out) == (2,) and np.allclose(out, [0.8175744761936437, 0.5]), (
    f"a batch of 2 rows should give 2 outputs [0.81757, 0.5], got {out}")
    # zh> f"两行的一批输入应得到 2 个输出 [0.81757, 0.5]，得到的是 {out}")
# One epoch on one sample, by hand: z = 0, y_pred = 0.5, dL/dz = -2 (1 - 0.5) 0.25 = -0.25,
# so w = 0 - 0.1 (-0.25) [1, 2] = [0.025, 0.05] and b = 0.025.
# zh: 手算一个样本上的一个 epoch：z = 0，y_pred = 0.5，dL/dz = -2 (1 - 0.5) 0.25 = -0.25，
# zh: 所以 w = 0 - 0.1 (-0.25) [1, 2] = [0.025, 0.05]，b = 0.025。
neuron.weights, neuron.bias = np.zeros(2), 0.0
losses = neuron.train(np.array([[1.0, 2.0]]), np.array([1.0]), learn_rate=0.1, epochs=1)
assert np.allclose(neuron.weights, [0.025, 0.05]) and abs(neuron.bias - 0.025) < 1e-12, (
    f"after one step expected weights [0.025, 0.05] and bias 0.025, got {neuron.weights}, {neuron.bias}")
    # zh> f"更新一步后权重应为 [0.025, 0.05]、偏置应为 0.025，得到的是 {neuron.weights}、{neuron.bias}")
assert len(losses) == 1 and abs(losses[0] - 0.21397114797870742) < 1e-9, (
    f"the epoch's loss is (1 - sigmoid(0.15))**2 = 0.213971, got {losses}")
    # zh> f"这个 epoch 的损失应为 (1 - sigmoid(0.15))**2 = 0.213971，得到的是 {losses}")
print("neuron: checks passed")
# zh> print("neuron：检查通过")

# %% [markdown]
# ## 4. Experiments
#
# The data: a few people, each described by weight and height, shifted and scaled so that
# the numbers are small: (weight - 65 kg) / 10 and (height - 170 cm) / 10. The label is
# 1 for a woman and 0 for a man. First, four people.

# %% [markdown] lang="zh"
# ## 4. 实验
#
# 数据：几个人，每人用体重和身高描述，经过平移和缩放使数值较小：(体重 - 65 kg) / 10、(身高 - 170 cm) / 10。
# 标签为 1 表示女性，0 表示男性。先看四个人。

# %%
people = np.array([[-1.2, -0.8], [1.6, 0.9], [0.9, 0.4], [-1.7, -1.1]])
is_woman = np.array([1.0, 0.0, 0.0, 1.0])

neuron = Neuron()
losses = neuron.train(people, is_woman, learn_rate=0.1, epochs=1000)
print(f"loss: first epoch {losses[0]:.4f}, last epoch {losses[-1]:.6f}")
# zh> print(f"损失：第一个 epoch {losses[0]:.4f}，最后一个 epoch {losses[-1]:.6f}")
print("outputs:", np.round(neuron.feedforward(people), 3), " labels:", is_woman)
# zh> print("输出：", np.round(neuron.feedforward(people), 3), " 标签：", is_woman)

# %% [markdown]
# The loss drops to almost zero: four points that a straight line separates are too easy.
# A more honest experiment has more people and some noise, so that the two groups
# overlap a little.

# %% [markdown] lang="zh"
# 损失几乎降到了零：四个能被一条直线分开的点实在太简单了。更可信的实验应当有更多的人，并加入一些噪声，
# 让两组数据稍有重叠。

# %%
rng = np.random.default_rng(3)
women = rng.normal([-0.9, -0.7], 0.7, size=(20, 2))
men = rng.normal([0.9, 0.7], 0.7, size=(20, 2))
people = np.vstack([women, men])
is_woman = np.concatenate([np.ones(20), np.zeros(20)])

neuron = Neuron()
losses = neuron.train(people, is_woman, learn_rate=0.1, epochs=300)
accuracy = np.mean((neuron.feedforward(people) > 0.5) == is_woman)
print(f"final loss {losses[-1]:.4f}, training accuracy {accuracy:.2f}")
# zh> print(f"最终损失 {losses[-1]:.4f}，训练集精度 {accuracy:.2f}")

plt.plot(losses)
plt.xlabel("epoch")
# zh> plt.xlabel("轮数（epoch）")
plt.ylabel("mean squared error")
# zh> plt.ylabel("均方误差")
plt.show()

# %% [markdown]
# ## Credits
#
# The single neuron trained by hand-written backpropagation on four people's height and
# weight follows a common tutorial: Victor Zhou's "Machine Learning for Beginners: An
# Introduction to Neural Networks" (2019) and its many retellings, such as a Chinese post
# on building a neural network with numpy. The text and code here are the kit's own.

# %% [markdown] lang="zh"
# ## 致谢
#
# 用手写反向传播、在四个人的身高体重数据上训练单个神经元，参照一篇常见教程：Victor Zhou 的 “Machine
# Learning for Beginners: An Introduction to Neural
# Networks”（2019）及其众多转述，例如中文文章《用 numpy
# 构建自己的神经网络》。这里的文字和代码由本套件自行编写。
