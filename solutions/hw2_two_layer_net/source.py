# %% [markdown]
# # Homework 2: a two-layer network that reads handwritten digits
#
# In homework 1 a single weight matrix was trained by numerical gradients. Now we stack two
# layers with a non-linearity between them, learn the gradient by **backpropagation**, and
# train the network by mini-batch stochastic gradient descent on MNIST, 28x28 images of
# handwritten digits.
#
# You will write:
#
# 1. `relu(x)`: the hidden layer's activation;
# 2. `class TwoLayerNet`: prediction, loss, accuracy, and two ways to get the gradient;
# 3. `train(network, x_train, t_train, iters_num, batch_size, learning_rate)`: the
#    training loop.
# 4. `gradient_check(network, x, t)`: backpropagation checked against the numerical
#    gradient.
#
# `softmax`, `cross_entropy_error` and `numerical_gradient` from homework 1 are given
# below, ready to use. As before, replace each `# YOUR CODE HERE` /
# `raise NotImplementedError()` with your code and run the check cell that follows.

# %% [markdown] lang="zh"
# # 作业 2：识别手写数字的两层神经网络
#
# 在作业 1 中，我们用数值梯度训练了单个权重矩阵。这一次，我们把两层叠起来、中间加上非线性激活函数，
# 用**误差反向传播法**求梯度，并在 MNIST（28x28 的手写数字图像）上用小批量随机梯度下降法训练这个网络。
#
# 你要实现：
#
# 1. `relu(x)`：隐藏层的激活函数；
# 2. `class TwoLayerNet`：推理（预测）、损失、识别精度，以及求梯度的两种方法；
# 3. `train(network, x_train, t_train, iters_num, batch_size, learning_rate)`：训练循环。
# 4. `gradient_check(network, x, t)`：用数值梯度确认误差反向传播法的结果（梯度确认）。
#
# 作业 1 中的 `softmax`、`cross_entropy_error` 和 `numerical_gradient` 已在下面给出，可直接使用。
# 和之前一样，把每处 `# YOUR CODE HERE` / `raise NotImplementedError()` 换成你的代码，然后运行紧随其后的检查单元格。

# %%
import os
from pathlib import Path

import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ### Given: the tools from homework 1

# %% [markdown] lang="zh"
# ### 已给出：作业 1 中的工具函数

# %%
# nngrader: given reference.softmax_classifier.softmax, reference.softmax_classifier.cross_entropy_error, reference.gradients.numerical_gradient

# %% [markdown]
# ## 1. ReLU
#
# Without a non-linearity between them, two affine layers collapse into one (a product of
# matrices is a matrix). The **rectified linear unit** keeps positive values and replaces
# negative ones by zero: $\mathrm{relu}(x) = \max(0, x)$, entry by entry.
#
# `np.maximum(0, x)` compares element-wise; `np.max` would instead return the largest
# entry. Return a new array: setting `x[x < 0] = 0` would change the caller's data.

# %% [markdown] lang="zh"
# ## 1. ReLU 函数
#
# 两层仿射变换之间若没有非线性，就会退化成一层（矩阵的乘积仍是矩阵）。**ReLU（线性整流函数）**保留正值、把负值置零：
# 逐元素地 $\mathrm{relu}(x) = \max(0, x)$。
#
# `np.maximum(0, x)` 是逐元素比较；而 `np.max` 返回的是数组中的最大元素。请返回一个新数组：
# 写 `x[x < 0] = 0` 会改动调用者的数据。

# %%
# nngrader: solution reference.two_layer_net.relu

# %%
# nngrader: check relu
x = np.array([[-1.5, 0.0, 2.0], [3.0, -0.1, 0.25]])
out = relu(x)
assert np.array_equal(out, [[0.0, 0.0, 2.0], [3.0, 0.0, 0.25]]), f"relu gave\n{out}"
# zh> assert np.array_equal(out, [[0.0, 0.0, 2.0], [3.0, 0.0, 0.25]]), f"relu 得到的是\n{out}"
assert np.array_equal(x, [[-1.5, 0.0, 2.0], [3.0, -0.1, 0.25]]), "relu changed its input"
# zh> assert np.array_equal(x, [[-1.5, 0.0, 2.0], [3.0, -0.1, 0.25]]), "relu 改动了它的输入"
print("relu: checks passed")
# zh> print("relu：检查通过")

# %% [markdown]
# ## 2. `TwoLayerNet`
#
# For a batch `x` of shape (N, D) (one image per row, D = 784 pixels) the network computes
#
# $$a_1 = x W_1 + b_1,\quad z_1 = \mathrm{relu}(a_1),\quad s = z_1 W_2 + b_2,\quad
# p = \mathrm{softmax}(s)$$
#
# with `W1` (D, H), `b1` (H,), `W2` (H, C), `b2` (C,): H hidden units and C = 10 classes.
# The parameters live in the dictionary `self.params` under the keys `"W1"`, `"b1"`, `"W2"`,
# `"b2"` (capital W: the grader looks them up by these names).
#
# **Given:** the constructor. It draws the weights from a normal distribution scaled by
# `weight_init_std` (0.01 by default: small weights keep the first scores near zero and
# the softmax far from saturation) and sets the biases to zero. The draws use a fixed seed,
# so two networks of the same size start identical.
#
# **You write:**
#
# * `predict(x)`: the class probabilities `p`, shape (N, C). Apply `softmax` to each row
#   separately. A softmax taken over the whole batch gives a wrong loss for every batch of
#   more than one image, and a gradient check will not catch it, because the gradient
#   matches the wrong loss.
# * `loss(x, t)`: `cross_entropy_error` of the prediction against the one-hot targets `t`.
# * `accuracy(x, t)`: the fraction of rows whose most probable class (`np.argmax` along
#   axis 1) is the target class. Accept `t` as one-hot rows or as plain labels.
# * `numerical_gradient(x, t)`: a dict with the same four keys, each entry the numerical
#   gradient of the loss with respect to that parameter. Use the homework 1 trick,
#   `lambda _: self.loss(x, t)`. Inside the method, the bare name `numerical_gradient`
#   means the function given above, not the method, which is reached only as
#   `self.numerical_gradient`.
# * `gradient(x, t)`: the same dict by **backpropagation**, the chain rule applied layer
#   by layer from the loss back to the input:
#   * softmax followed by the mean cross-entropy has the simple gradient
#     $\partial L / \partial s = (p - t) / N$;
#   * an affine layer $s = z W + b$ passes back $\partial L/\partial W = z^\top\, \partial
#     L/\partial s$, $\partial L / \partial b$ = the column sums of
#     $\partial L/\partial s$, and $\partial L / \partial z = \partial L/\partial s \; W^\top$;
#   * ReLU lets the gradient through where its input was positive and blocks it elsewhere.
#
# The numerical gradient is slow but hard to get wrong; backpropagation is fast but easy to
# get wrong. Write both and compare them on a small network (a *gradient check*, below).

# %% [markdown] lang="zh"
# ## 2. `TwoLayerNet`
#
# 对形状为 (N, D) 的一批输入 `x`（每行一张图像，D = 784 个像素），网络依次计算
#
# $$a_1 = x W_1 + b_1,\quad z_1 = \mathrm{relu}(a_1),\quad s = z_1 W_2 + b_2,\quad
# p = \mathrm{softmax}(s)$$
#
# 其中 `W1` 为 (D, H)、`b1` 为 (H,)、`W2` 为 (H, C)、`b2` 为 (C,)：H 个隐藏单元，C = 10 个类别。
# 参数保存在字典 `self.params` 中，键为 `"W1"`、`"b1"`、`"W2"`、`"b2"`（W 大写：评分器按这些名字查找参数）。
#
# **已给出：**构造函数。它从按 `weight_init_std` 缩放的正态分布中抽取权重（默认 0.01：权重小，最初的得分就接近零，
# softmax 远离饱和区），并把偏置设为零。随机数使用固定种子，所以同样大小的两个网络初始状态完全相同。
#
# **你来实现：**
#
# * `predict(x)`：各类别的概率 `p`，形状为 (N, C)。softmax 要对每一行分别计算。若对整批数据做 softmax，
#   只要一批多于一张图像，损失就是错的，而且梯度确认也发现不了，因为梯度与这个错误的损失恰好一致。
# * `loss(x, t)`：预测结果与独热编码标签 `t` 之间的 `cross_entropy_error`。
# * `accuracy(x, t)`：最可能的类别（沿 axis 1 取 `np.argmax`）等于正确类别的行所占的比例。
#   `t` 既可以是独热编码的行，也可以是普通的标签。
# * `numerical_gradient(x, t)`：一个键相同的字典，每一项是损失关于该参数的数值梯度。沿用作业 1 的技巧：
#   `lambda _: self.loss(x, t)`。在方法内部，直接写 `numerical_gradient` 指的是上面给出的函数，而不是这个方法本身；
#   方法只能通过 `self.numerical_gradient` 调用。
# * `gradient(x, t)`：用**误差反向传播法**求出同样的字典，即从损失出发、逐层向输入方向应用链式法则：
#   * softmax 加上平均交叉熵误差，其梯度形式非常简洁：$\partial L / \partial s = (p - t) / N$；
#   * 仿射层 $s = z W + b$ 反向传回 $\partial L/\partial W = z^\top\, \partial
#     L/\partial s$，$\partial L / \partial b$ 为 $\partial L/\partial s$ 按列求和，
#     以及 $\partial L / \partial z = \partial L/\partial s \; W^\top$；
#   * ReLU 在输入为正的位置让梯度原样通过，其余位置把梯度截断为零。
#
# 数值微分慢，但不容易写错；反向传播快，却容易写错。两种都写出来，并在一个小网络上比较（即下文的*梯度确认*）。

# %%
# nngrader: solution reference.two_layer_net.TwoLayerNet given=__init__

# %%
# nngrader: check two_layer_net
net = TwoLayerNet(input_size=2, hidden_size=2, output_size=2)
assert sorted(net.params) == ["W1", "W2", "b1", "b2"], f"params keys: {sorted(net.params)}"
# zh> assert sorted(net.params) == ["W1", "W2", "b1", "b2"], f"params 的键为：{sorted(net.params)}"
# The values are copied into the arrays already in params (`[...] =`), so a net whose
# layers hold references to those arrays sees them too.
# zh: 这些值被复制进 params 中已有的数组（`[...] =`），
# zh: 因此各层若持有对这些数组的引用，也能看到新值。
net.params["W1"][...] = [[1.0, -1.0], [0.5, 2.0]]
net.params["b1"][...] = [0.0, -0.5]
net.params["W2"][...] = [[1.0, -1.0], [2.0, 0.0]]
net.params["b2"][...] = [0.1, 0.0]
x = np.eye(2)  # two samples: [1, 0] and [0, 1]
# zh> x = np.eye(2)  # 两个样本：[1, 0] 和 [0, 1]
t = np.eye(2)  # targets: class 0, then class 1
# zh> t = np.eye(2)  # 正确类别：依次为 0 类和 1 类
# By hand: the scores are [1.1, -1.0] and [3.6, -0.5]; softmax each row.
# zh: 手算：得分为 [1.1, -1.0] 和 [3.6, -0.5]；对每一行求 softmax。
p = net.predict(x)
assert np.allclose(p, [[0.8909031788, 0.1090968212], [0.9836975006, 0.0163024994]]), (
    f"predict should give a softmax per row:\n[[0.8909, 0.1091], [0.9837, 0.0163]], got\n{p}")
    # zh> f"predict 应对每一行求 softmax：\n[[0.8909, 0.1091], [0.9837, 0.0163]]，得到的是\n{p}")
loss = net.loss(x, t)
assert abs(loss - 2.1159750620885407) < 1e-6, f"loss should be 2.1159751, got {loss}"
# zh> assert abs(loss - 2.1159750620885407) < 1e-6, f"损失应为 2.1159751，得到的是 {loss}"
assert net.accuracy(x, t) == 0.5, f"one of two rows is right: accuracy 0.5, got {net.accuracy(x, t)}"
# zh> assert net.accuracy(x, t) == 0.5, f"两行中对了一行：识别精度应为 0.5，得到的是 {net.accuracy(x, t)}"
assert net.accuracy(x, np.array([0, 1])) == 0.5, "accuracy should also accept plain labels"
# zh> assert net.accuracy(x, np.array([0, 1])) == 0.5, "accuracy 也应接受普通标签（非独热编码）"
expected = {"W1": [[-0.1090968212, 0.0], [0.9836975006, 0.9836975006]],
            "b1": [0.8746006794, 0.9836975006],
            "W2": [[0.1913759646, -0.1913759646], [0.7377731255, -0.7377731255]],
            "b2": [0.4373003397, -0.4373003397]}
for method in ("gradient", "numerical_gradient"):
    grads = getattr(net, method)(x, t)
    for key, value in expected.items():
        assert np.allclose(grads[key], value, atol=1e-6), (
            f"{method}: gradient of {key} should be\n{np.array(value)}\ngot\n{grads[key]}")
            # zh> f"{method}：{key} 的梯度应为\n{np.array(value)}\n得到的是\n{grads[key]}")
print("two_layer_net: checks passed")
# zh> print("two_layer_net：检查通过")

# %% [markdown]
# ## 3. Training by mini-batch SGD
#
# One pass of gradient descent over all training images would be slow, so each step looks
# at a small random **mini-batch** instead. Its gradient is a noisy but cheap estimate of
# the full one. This is *stochastic* gradient descent (SGD). Some vocabulary:
#
# * **batch size**: the number of images in one step;
# * **iteration**: one step, i.e. one mini-batch;
# * **epoch**: as many iterations as it takes to see as many images as the training set
#   holds (10,000 images in batches of 100: 100 iterations per epoch). One epoch is rarely
#   enough. Each epoch moves the weights further, and training goes on until the network
#   no longer improves on data it has not seen.
#
# `train` runs `iters_num` iterations. Each one draws `batch_size` random row indices
# (with `rng.choice`), computes the batch gradient with `network.gradient`, subtracts
# `learning_rate` times it from each of the four parameters, and records the batch loss.
# Draw from `np.random.default_rng(0)` created inside the function, so each call is
# reproducible.
#
# Why not `network.numerical_gradient` here? A 784-50-10 network has
# 784·50 + 50 + 50·10 + 10 = 39,760 parameters, and the numerical gradient evaluates the
# loss twice per parameter: about 80,000 forward passes for **one** step. Backpropagation
# costs about as much as two.

# %% [markdown] lang="zh"
# ## 3. 用小批量 SGD 训练
#
# 每走一步都遍历全部训练图像太慢了，所以每一步只看随机抽取的一小批数据，即 **mini-batch（小批量）**。
# 它的梯度是对整体梯度的一个有噪声但计算代价很低的估计，这就是*随机*梯度下降法（SGD）。几个术语：
#
# * **批大小（batch size）**：一步中使用的图像数；
# * **迭代（iteration）**：走一步，也就是处理一个小批量；
# * **epoch（轮）**：看过的图像数与训练集大小相当所需的迭代次数（10,000 张图像、每批 100 张：每个 epoch 100 次迭代）。
#   一个 epoch 通常不够。每个 epoch 都让权重更进一步，训练一直持续到网络在没见过的数据上不再进步为止。
#
# `train` 运行 `iters_num` 次迭代。每次用 `rng.choice` 随机抽取 `batch_size` 个行下标，用 `network.gradient`
# 计算这批数据的梯度，从四个参数中各减去 `learning_rate` 乘以对应梯度，并记录这批数据的损失。
# 随机数要从函数内部创建的 `np.random.default_rng(0)` 中抽取，这样每次调用都可复现。
#
# 这里为什么不用 `network.numerical_gradient`？一个 784-50-10 的网络有
# 784·50 + 50 + 50·10 + 10 = 39,760 个参数，而数值梯度对每个参数都要计算两次损失：走**一**步就需要大约 80,000 次前向计算。
# 反向传播的代价只相当于大约两次。

# %%
# nngrader: solution reference.two_layer_net.train

# %%
# nngrader: check train_mnist
# Every row of this training set is the same, so every mini-batch is too, whatever rows
# are drawn: the first recorded loss must be the loss after one SGD step on that row.
# zh: 这个训练集的每一行都相同，所以无论抽到哪些行，每个小批量也都相同：
# zh: 记录下的第一个损失，必须等于在这一行上走一步 SGD 之后的损失。
x = np.tile([[1.0, -2.0, 0.5]], (6, 1))
t = np.tile([[0.0, 1.0]], (6, 1))
net = TwoLayerNet(3, 4, 2, weight_init_std=0.5)
twin = TwoLayerNet(3, 4, 2, weight_init_std=0.5)
losses = train(net, x, t, iters_num=20, batch_size=3, learning_rate=0.5)
assert isinstance(losses, list) and len(losses) == 20, "train returns a list of iters_num losses"
# zh> assert isinstance(losses, list) and len(losses) == 20, "train 应返回含 iters_num 个损失值的列表"
grads = twin.gradient(x[:3], t[:3])
for name in twin.params:
    twin.params[name] -= 0.5 * grads[name]
assert abs(losses[0] - twin.loss(x[:3], t[:3])) < 1e-9, (
    "losses[0] should be the batch loss after the first update "
    # zh> "losses[0] 应为第一次更新之后这批数据的损失"
    f"({twin.loss(x[:3], t[:3]):.6f}), got {losses[0]}")
    # zh> f"（{twin.loss(x[:3], t[:3]):.6f}），得到的是 {losses[0]}")
assert losses[-1] < losses[0], "the loss should fall on this easy problem"
# zh> assert losses[-1] < losses[0], "在这个简单问题上，损失应当下降"
print("train_mnist: checks passed")
# zh> print("train_mnist：检查通过")

# %% [markdown]
# ## 4. The data
#
# MNIST, the handwritten digits of Yann LeCun and Corinna Cortes, is handed out beside this
# notebook in `datasets/mnist/`: the four original gzipped IDX files (a 16-byte header for
# images, 8 bytes for labels, then one byte per pixel or label). `read_idx` reads one.
# `mnist_subset` draws the fixed 2,000 training and 1,000 test images this homework uses
# (the grader uses the very same ones), scales the pixels to [0, 1] and one-hot encodes
# the labels. (The grader sets the environment variable `NNGRADER_DATA` to its own copy
# of the data; you need not.)

# %% [markdown] lang="zh"
# ## 4. 数据
#
# MNIST 是 Yann LeCun 和 Corinna Cortes 整理的手写数字数据集，随本笔记本一起发放，放在旁边的
# `datasets/mnist/` 文件夹中：四个原始的 gzip 压缩 IDX 文件（图像文件先是 16 字节的文件头，
# 标签文件为 8 字节，之后每个像素或标签占一个字节）。`read_idx` 读取其中一个文件。
# `mnist_subset` 抽取本作业固定使用的 2,000 张训练图像和 1,000 张测试图像（评分程序用的正是
# 这些图像），把像素值缩放到 [0, 1]，并把标签转为独热编码。（评分程序会把环境变量
# `NNGRADER_DATA` 设为它自己的数据副本；你不需要设置。）

# %%
# nngrader: given autograder.data.data_file, autograder.data.read_idx, autograder.data.mnist_subset

# %%
mnist_folder = Path(os.environ.get("NNGRADER_DATA", "datasets")) / "mnist"
x_train, t_train, x_test, t_test = mnist_subset(*(read_idx(mnist_folder / name) for name in (
    "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")))
print("train:", x_train.shape, t_train.shape, " test:", x_test.shape, t_test.shape)
# zh> print("训练集：", x_train.shape, t_train.shape, " 测试集：", x_test.shape, t_test.shape)

plt.figure(figsize=(8, 1.5))
for i in range(8):
    plt.subplot(1, 8, i + 1)
    plt.imshow(x_train[i].reshape(28, 28), cmap="gray_r")
    plt.title(str(t_train[i].argmax()))
    plt.axis("off")
plt.show()

# %% [markdown]
# ## 5. Gradient check
#
# Backpropagation is fast but easy to get wrong; the numerical gradient is slow but simple.
# A **gradient check** compares the two. Write `gradient_check(network, x, t)`: compute
# `network.gradient(x, t)` and `network.numerical_gradient(x, t)` and return a dict with
# the keys `W1`, `b1`, `W2`, `b2`, each the mean absolute difference of the two gradients
# of that parameter, `np.mean(np.abs(backprop - numerical))`, as a float. The differences
# should be tiny (1e-6 or less); a large one points at the parameter whose backward formula
# is wrong. Then run it before training, on a few images and a small hidden layer.

# %% [markdown] lang="zh"
# ## 5. 梯度确认
#
# 误差反向传播法计算快，但容易写错；数值微分计算慢，但实现简单。**梯度确认**就是比较两者的结果。
# 请实现 `gradient_check(network, x, t)`：分别计算 `network.gradient(x, t)` 和
# `network.numerical_gradient(x, t)`，返回一个以 `W1`、`b1`、`W2`、`b2` 为键的字典，每个值是该参数两种梯度之差的
# 绝对值的平均，即 `np.mean(np.abs(backprop - numerical))`（一个浮点数）。这些误差应该非常小（1e-6 或更小）；
# 某个参数的误差若很大，说明它的反向传播公式写错了。然后在训练之前，用几张图像和一个很小的隐藏层运行它。

# %%
# nngrader: solution reference.two_layer_net.gradient_check

# %%
# nngrader: check gradient_check
net = TwoLayerNet(3, 4, 2, weight_init_std=0.5)
x = np.array([[1.0, -2.0, 0.5], [0.3, 0.2, -1.0]])
t = np.eye(2)
result = gradient_check(net, x, t)
assert sorted(result) == ["W1", "W2", "b1", "b2"], f"keys: {sorted(result)}"
# zh> assert sorted(result) == ["W1", "W2", "b1", "b2"], f"键为：{sorted(result)}"
assert all(0 <= result[key] < 1e-5 for key in result), (
    f"a correct network should give tiny differences, got {result}")
    # zh> f"对正确的网络，误差应非常小，得到的是 {result}")


class BrokenNet(TwoLayerNet):
    """A network whose backpropagated gradient of b2 is off by [+1, -3]."""
    # zh> """一个网络：反向传播得到的 b2 梯度偏差了 [+1, -3]。"""

    def gradient(self, x, t):
        grads = super().gradient(x, t)
        grads["b2"] = grads["b2"] + np.array([1.0, -3.0])
        return grads


broken = BrokenNet(3, 4, 2, weight_init_std=0.5)
result = gradient_check(broken, x, t)
assert abs(result["b2"] - 2.0) < 1e-4, (
    f"b2 is off by +1 and -3: the mean absolute difference is 2, got {result['b2']}")
    # zh> f"b2 的两个分量分别偏差 +1 和 -3：平均绝对误差应为 2，得到的是 {result['b2']}")
assert result["W1"] < 1e-5, f"W1 is right in BrokenNet, got a difference of {result['W1']}"
# zh> assert result["W1"] < 1e-5, f"BrokenNet 的 W1 梯度是对的，得到的误差却是 {result['W1']}"
print("gradient_check: checks passed")
# zh> print("gradient_check：检查通过")

# %%
small = TwoLayerNet(input_size=784, hidden_size=5, output_size=10, weight_init_std=0.1)
for key, difference in gradient_check(small, x_train[:3], t_train[:3]).items():
    print(f"{key}: mean |backprop - numerical| = {difference:.2e}")
    # zh> print(f"{key}：平均 |反向传播 - 数值梯度| = {difference:.2e}")

# %% [markdown]
# ## 6. Training and testing
#
# A network can memorise its training images and still fail on new ones (**overfitting**).
# What we want is **generalisation**, so we measure accuracy on test images the network
# never trains on, once per epoch. Each epoch reshuffles the training set before calling
# `train`, so successive calls see different batches.

# %% [markdown] lang="zh"
# ## 6. 训练与测试
#
# 网络可能把训练图像死记硬背下来，却在新图像上表现很差（**过拟合**）。我们要的是**泛化能力**，
# 所以每个 epoch 都在网络从未训练过的测试图像上测一次识别精度。每个 epoch 调用 `train` 之前都重新打乱训练集，
# 使得前后几次调用看到的小批量各不相同。

# %%
network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)
batch_size, learning_rate, epochs = 100, 0.5, 12
iters_per_epoch = len(x_train) // batch_size
shuffle = np.random.default_rng(1)

losses, train_acc, test_acc = [], [], []
for epoch in range(epochs):
    order = shuffle.permutation(len(x_train))
    losses += train(network, x_train[order], t_train[order], iters_per_epoch,
                    batch_size, learning_rate)
    train_acc.append(network.accuracy(x_train, t_train))
    test_acc.append(network.accuracy(x_test, t_test))
    print(f"epoch {epoch + 1:2d}: train accuracy {train_acc[-1]:.3f}, test accuracy {test_acc[-1]:.3f}")
    # zh> print(f"第 {epoch + 1:2d} 轮：训练集精度 {train_acc[-1]:.3f}，测试集精度 {test_acc[-1]:.3f}")

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.5))
left.plot(losses)
left.set_xlabel("iteration")
# zh> left.set_xlabel("迭代次数")
left.set_ylabel("batch loss")
# zh> left.set_ylabel("小批量损失")
right.plot(range(1, epochs + 1), train_acc, label="train")
# zh> right.plot(range(1, epochs + 1), train_acc, label="训练集")
right.plot(range(1, epochs + 1), test_acc, label="test")
# zh> right.plot(range(1, epochs + 1), test_acc, label="测试集")
right.set_xlabel("epoch")
# zh> right.set_xlabel("轮数（epoch）")
right.set_ylabel("accuracy")
# zh> right.set_ylabel("识别精度")
right.legend()
plt.show()

# %% [markdown]
# ## Credits
#
# The network, its backpropagation and its training loop follow Koki Saito, *Deep Learning
# from Scratch* (O'Reilly Japan, 2016; the Japanese original is *Zero kara tsukuru Deep
# Learning*), chapters 4 and 5. The text and code here are the kit's own.
#
# Data: the MNIST database of handwritten digits, by Yann LeCun and Corinna Cortes (with
# Christopher J. C. Burges), originally published at yann.lecun.com/exdb/mnist; the four
# original files, unchanged. MNIST is made available under the terms of the Creative
# Commons Attribution-Share Alike 3.0 licence.

# %% [markdown] lang="zh"
# ## 致谢
#
# 网络、误差反向传播法和训练循环参照斋藤康毅《深度学习入门：基于 Python 的理论与实现》（『ゼロから作るDeep
# Learning』，O'Reilly Japan，2016）第 4、5 章。这里的文字和代码由本套件自行编写。
#
# 数据：MNIST 手写数字数据库，作者 Yann LeCun 和 Corinna Cortes（以及
# Christopher J. C. Burges），最初发布于
# yann.lecun.com/exdb/mnist；这里用的是四个原始文件，未作改动。MNIST 依照知识共享署名-相同方式共享
#  3.0 许可协议（CC BY-SA 3.0）提供。
