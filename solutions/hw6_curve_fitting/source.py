# %% [markdown]
# # Homework 6: training, from a cubic to a CNN
#
# Training always runs the same loop: predict, measure the loss, find how the loss changes
# with each parameter, and move the parameters against that change. This homework runs
# the loop by hand on the smallest interesting model, a cubic polynomial that learns the
# shape of $\sin x$. It then looks at the pieces a framework gives you ready-made: loss
# functions with a *reduction*, and the layer shapes and parameter counts of a small
# convolutional network.
#
# You will write `fit_cubic`, `l1_loss`, `mse_loss`, `conv_output_size` and
# `cnn_param_count`. Replace each `# YOUR CODE HERE` / `raise NotImplementedError()` with
# your code and run the check cell after it.

# %% [markdown] lang="zh"
# # 作业 6：训练，从三次多项式到卷积神经网络
#
# 训练总是在重复同一个循环：做预测，计算损失，求出损失随每个参数如何变化，再让参数朝相反方向移动。
# 本次作业先在最小但有意思的模型上亲手跑一遍这个循环：用一个三次多项式去学习 $\sin x$ 的形状。
# 然后再看框架为你准备好的几个部件：带*归约*（reduction）方式的损失函数，以及一个小型卷积神经网络各层的形状和参数量。
#
# 你要实现 `fit_cubic`、`l1_loss`、`mse_loss`、`conv_output_size` 和 `cnn_param_count`。
# 把每处 `# YOUR CODE HERE` / `raise NotImplementedError()` 换成你的代码，然后运行紧随其后的检查单元格。

# %%
import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ## 1. Training as approximation
#
# Pick a model with free parameters, here
#
# $$\hat y = a + b x + c x^2 + d x^3,$$
#
# start the parameters at random values, and let the data pull them into shape. One
# **epoch** (here one pass over all the points, one update) does:
#
# 1. **forward**: compute $\hat y$ for every $x$;
# 2. **loss**: $L = \sum_i (\hat y_i - y_i)^2$, the summed squared error;
# 3. **backward**: the derivative of $L$ with respect to each parameter. By the chain rule,
#    $\frac{\partial L}{\partial \hat y_i} = 2(\hat y_i - y_i)$ and
#    $\frac{\partial \hat y_i}{\partial c} = x_i^2$, so
#    $\frac{\partial L}{\partial c} = \sum_i 2(\hat y_i - y_i)\, x_i^2$, and likewise
#    $x_i^0, x_i^1, x_i^3$ for $a, b, d$;
# 4. **update**: each parameter moves against its derivative times the learning rate.
#
# (In PyTorch, step 3 is `loss.backward()` and step 4 is `optimizer.step()`. There is
# also a step 5, setting the stored gradients back to zero with `optimizer.zero_grad()`,
# because PyTorch *adds* new gradients to the old ones. Our numpy version computes fresh
# gradients in every epoch, so it has no such step.)
#
# The loss is a sum over 2000 points, so its gradient is large, and the learning rate
# must be tiny, 1e-6. With a larger rate the updates overshoot and blow up.
#
# Write `fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0)`. Draw the four starting
# values with `np.random.default_rng(seed).random()` in the order a, b, c, d, record the
# loss of each epoch **before** its update, and return `((a, b, c, d), losses)`.

# %% [markdown] lang="zh"
# ## 1. 训练即逼近
#
# 选一个带自由参数的模型，这里是
#
# $$\hat y = a + b x + c x^2 + d x^3,$$
#
# 把参数初始化为随机值，再让数据把它们“拉”成合适的形状。一个 **epoch**（这里是遍历全部数据点一次，更新一次）包括：
#
# 1. **前向传播**：对每个 $x$ 计算 $\hat y$；
# 2. **损失**：$L = \sum_i (\hat y_i - y_i)^2$，即误差平方和；
# 3. **反向传播**：求 $L$ 关于每个参数的导数。由链式法则，
#    $\frac{\partial L}{\partial \hat y_i} = 2(\hat y_i - y_i)$，且
#    $\frac{\partial \hat y_i}{\partial c} = x_i^2$，所以
#    $\frac{\partial L}{\partial c} = \sum_i 2(\hat y_i - y_i)\, x_i^2$；对 $a, b, d$ 同理，
#    分别换成 $x_i^0, x_i^1, x_i^3$；
# 4. **更新**：每个参数沿其导数的反方向移动，步长为导数乘以学习率。
#
# （在 PyTorch 中，第 3 步是 `loss.backward()`，第 4 步是 `optimizer.step()`。此外还有第 5 步：
# 用 `optimizer.zero_grad()` 把保存的梯度清零，因为 PyTorch 会把新梯度*累加*到旧梯度上。
# 我们的 numpy 版本每个 epoch 都重新计算梯度，所以不需要这一步。）
#
# 损失是 2000 个点上的求和，所以梯度很大，学习率必须非常小，取 1e-6。学习率再大，更新就会冲过头，最终发散。
#
# 请实现 `fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0)`。用 `np.random.default_rng(seed).random()`
# 按 a、b、c、d 的顺序抽取四个初始值，在每个 epoch 更新**之前**记录其损失，并返回 `((a, b, c, d), losses)`。

# %%
# nngrader: solution reference.curve_fitting.fit_cubic

# %%
# nngrader: check fit_cubic
# One epoch by hand on three points. The start is default_rng(0).random(4) =
# [0.63696, 0.26979, 0.04097, 0.01653], so the predictions are [0.63696, 0.96425, 1.47273],
# the loss is 3.39437, and a moves by -0.01 * 2 * (sum of the residuals).
# zh: 在三个点上手算一个 epoch。初始值为 default_rng(0).random(4) =
# zh: [0.63696, 0.26979, 0.04097, 0.01653]，所以预测值为 [0.63696, 0.96425, 1.47273]，
# zh: 损失为 3.39437，a 的移动量为 -0.01 * 2 * (残差之和)。
coeffs, losses = fit_cubic(np.array([0.0, 1.0, 2.0]), np.array([1.0, 0.0, 3.0]),
                           learning_rate=0.01, epochs=1)
assert len(losses) == 1 and abs(losses[0] - 3.39437115340014) < 1e-9, (
    f"the first loss (before any update) should be 3.3943712, got {losses}")
    # zh> f"第一个损失（任何更新之前）应为 3.3943712，得到的是 {losses}")
assert np.allclose(coeffs, [0.6554844564675801, 0.3115957107599811, 0.14387650913941719,
                            0.2416185971459751]), (
    f"after one step expected (0.65548, 0.31160, 0.14388, 0.24162), got {coeffs}")
    # zh> f"一步之后应为 (0.65548, 0.31160, 0.14388, 0.24162)，得到的是 {coeffs}")
# Points of an exact cubic: the fit should recover its coefficients.
# zh: 数据点恰好来自一个三次多项式：拟合应当还原出它的系数。
x = np.linspace(-1.0, 1.0, 21)
coeffs, losses = fit_cubic(x, 1 + 2 * x - 0.5 * x ** 2 + 0.25 * x ** 3,
                           learning_rate=0.01, epochs=3000)
assert len(losses) == 3000, f"one loss per epoch: expected 3000, got {len(losses)}"
# zh> assert len(losses) == 3000, f"每个 epoch 一个损失：应有 3000 个，得到 {len(losses)} 个"
assert np.allclose(coeffs, [1.0, 2.0, -0.5, 0.25], atol=1e-6), (
    f"fitting 1 + 2x - 0.5x^2 + 0.25x^3 should give (1, 2, -0.5, 0.25), got {coeffs}")
    # zh> f"拟合 1 + 2x - 0.5x^2 + 0.25x^3 应得到 (1, 2, -0.5, 0.25)，得到的是 {coeffs}")
print("fit_cubic: checks passed")
# zh> print("fit_cubic：检查通过")

# %% [markdown]
# Now the real target, $\sin x$ on $[-\pi, \pi]$:

# %% [markdown] lang="zh"
# 现在换成真正的目标：$[-\pi, \pi]$ 上的 $\sin x$：

# %%
x = np.linspace(-np.pi, np.pi, 2000)
y = np.sin(x)
(a, b, c, d), losses = fit_cubic(x, y, learning_rate=1e-6, epochs=2000)
print(f"y = {a:.4f} {b:+.4f} x {c:+.4f} x^2 {d:+.4f} x^3; loss {losses[0]:.1f} -> {losses[-1]:.2f}")
# zh> print(f"y = {a:.4f} {b:+.4f} x {c:+.4f} x^2 {d:+.4f} x^3；损失 {losses[0]:.1f} -> {losses[-1]:.2f}")

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.5))
left.plot(x, y, label="sin x")
left.plot(x, a + b * x + c * x ** 2 + d * x ** 3, "--", label="cubic fit")
# zh> left.plot(x, a + b * x + c * x ** 2 + d * x ** 3, "--", label="三次多项式拟合")
left.legend()
right.semilogy(losses)
right.set_xlabel("epoch")
# zh> right.set_xlabel("轮数（epoch）")
right.set_ylabel("summed squared error")
# zh> right.set_ylabel("误差平方和")
plt.show()

# %% [markdown]
# ## 2. Loss functions and their reduction
#
# Frameworks compute a loss from per-entry errors and then **reduce** them to one number,
# by their mean (the default) or their sum. The choice matters. A sum grows with the batch,
# so the learning rate has to shrink as the batch grows. With the mean, the same rate works
# for any batch size.
#
# * **L1 loss**: absolute errors $|p_i - t_i|$; it is less sensitive to outliers.
# * **MSE loss**: squared errors $(p_i - t_i)^2$; it punishes large errors heavily.
#
# Write `l1_loss(pred, target, reduction="mean")` and
# `mse_loss(pred, target, reduction="mean")`. `reduction` is `"mean"` or `"sum"`; raise a
# `ValueError` for anything else rather than silently picking one.

# %% [markdown] lang="zh"
# ## 2. 损失函数及其归约方式
#
# 框架先由逐元素的误差计算损失，再把它们**归约**成一个数：取平均（默认）或求和。这个选择很重要：
# 求和会随批大小增大，所以批越大，学习率就得越小；取平均时，同一个学习率对任何批大小都适用。
#
# * **L1 损失**：绝对误差 $|p_i - t_i|$；对离群点不那么敏感。
# * **均方误差损失（MSE）**：误差的平方 $(p_i - t_i)^2$；对大误差惩罚很重。
#
# 请实现 `l1_loss(pred, target, reduction="mean")` 和 `mse_loss(pred, target, reduction="mean")`。
# `reduction` 取 `"mean"` 或 `"sum"`；遇到其他取值要抛出 `ValueError`，而不是悄悄地任选一种。

# %%
# nngrader: solution reference.curve_fitting.l1_loss

# %%
# nngrader: check l1_loss
pred, target = np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 5.0])
assert abs(l1_loss(pred, target) - 2 / 3) < 1e-12, f"the default reduction is the mean: 2/3, got {l1_loss(pred, target)}"
# zh> assert abs(l1_loss(pred, target) - 2 / 3) < 1e-12, f"默认的归约方式是取平均：应为 2/3，得到的是 {l1_loss(pred, target)}"
assert abs(l1_loss(pred, target, reduction="sum") - 2.0) < 1e-12, "with reduction='sum' expected 2"
# zh> assert abs(l1_loss(pred, target, reduction="sum") - 2.0) < 1e-12, "reduction='sum' 时应为 2"
assert abs(l1_loss(np.array([[0.0, -1.0]]), np.array([[1.0, 1.0]]), reduction="mean") - 1.5) < 1e-12
try:
    l1_loss(pred, target, reduction="max")
except ValueError:
    pass
else:
    raise AssertionError("reduction='max' should raise ValueError")
    # zh> raise AssertionError("reduction='max' 时应抛出 ValueError")
print("l1_loss: checks passed")
# zh> print("l1_loss：检查通过")

# %%
# nngrader: solution reference.curve_fitting.mse_loss

# %%
# nngrader: check mse_loss
pred, target = np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 5.0])
assert abs(mse_loss(pred, target) - 4 / 3) < 1e-12, f"the default reduction is the mean: 4/3, got {mse_loss(pred, target)}"
# zh> assert abs(mse_loss(pred, target) - 4 / 3) < 1e-12, f"默认的归约方式是取平均：应为 4/3，得到的是 {mse_loss(pred, target)}"
assert abs(mse_loss(pred, target, reduction="sum") - 4.0) < 1e-12, "with reduction='sum' expected 4"
# zh> assert abs(mse_loss(pred, target, reduction="sum") - 4.0) < 1e-12, "reduction='sum' 时应为 4"
try:
    mse_loss(pred, target, reduction="none")
except ValueError:
    pass
else:
    raise AssertionError("reduction='none' should raise ValueError")
    # zh> raise AssertionError("reduction='none' 时应抛出 ValueError")
print("mse_loss: checks passed")
# zh> print("mse_loss：检查通过")

# %% [markdown]
# ## 3. Shapes and sizes of a small CNN
#
# The usual recipe for a real model is: get the data, load it in batches, define the
# model, choose a loss and an optimizer, train, validate, and report. Before training
# anything, it pays to know the **shapes** flowing through the model and its **size**.
# Here is a classic small network for 3x32x32 colour images and 10 classes:
#
# | layer | what it does |
# | --- | --- |
# | `Conv2d(3, 32, 5, 1, 2)` | 32 filters of 3x5x5, stride 1, padding 2 |
# | `MaxPool2d(2)` | maximum over 2x2 windows, stride 2 |
# | `Conv2d(32, 32, 5, 1, 2)` | |
# | `MaxPool2d(2)` | |
# | `Conv2d(32, 64, 5, 1, 2)` | |
# | `MaxPool2d(2)` | |
# | `Flatten()` | (64, 4, 4) -> 1024 |
# | `Linear(1024, 64)` | |
# | `Linear(64, 10)` | |
#
# A window of size `kernel` slides in steps of `stride` over an input of `size` cells
# padded by `padding` on each side. It fits at
# $\lfloor (\text{size} + 2\,\text{padding} - \text{kernel}) / \text{stride} \rfloor + 1$
# positions. Pooling is the same count with `kernel = stride = 2`. Write
# `conv_output_size(size, kernel, stride=1, padding=0)`.

# %% [markdown] lang="zh"
# ## 3. 小型卷积神经网络的形状与规模
#
# 搭建一个实际模型的常规流程是：获取数据、分批加载、定义模型、选择损失函数和优化器、训练、验证、汇报结果。
# 在训练之前，先弄清楚流经模型的数据**形状**和模型的**规模**，是很值得的。下面是一个经典的小型网络，
# 输入为 3x32x32 的彩色图像，共 10 个类别：
#
# | 层 | 作用 |
# | --- | --- |
# | `Conv2d(3, 32, 5, 1, 2)` | 32 个 3x5x5 的卷积核（滤波器），步幅 1，填充 2 |
# | `MaxPool2d(2)` | 在 2x2 窗口内取最大值，步幅 2 |
# | `Conv2d(32, 32, 5, 1, 2)` | |
# | `MaxPool2d(2)` | |
# | `Conv2d(32, 64, 5, 1, 2)` | |
# | `MaxPool2d(2)` | |
# | `Flatten()` | (64, 4, 4) -> 1024 |
# | `Linear(1024, 64)` | |
# | `Linear(64, 10)` | |
#
# 一个大小为 `kernel` 的窗口，以 `stride` 为步幅，在长度为 `size`、两侧各填充 `padding` 的输入上滑动，共有
# $\lfloor (\text{size} + 2\,\text{padding} - \text{kernel}) / \text{stride} \rfloor + 1$
# 个位置。池化层的计算方式相同，只是 `kernel = stride = 2`。请实现 `conv_output_size(size, kernel, stride=1, padding=0)`。

# %%
# nngrader: solution reference.curve_fitting.conv_output_size

# %%
# nngrader: check conv_output_size
assert conv_output_size(32, 5, 1, 2) == 32, "a 5x5 kernel with padding 2 keeps 32 -> 32"
# zh> assert conv_output_size(32, 5, 1, 2) == 32, "5x5 卷积核、填充 2 时尺寸不变：32 -> 32"
assert conv_output_size(32, 2, 2) == 16, "2x2 pooling with stride 2 halves 32 -> 16"
# zh> assert conv_output_size(32, 2, 2) == 16, "步幅为 2 的 2x2 池化把尺寸减半：32 -> 16"
assert conv_output_size(28, 3) == 26, "3x3 kernel, stride 1, no padding: 28 -> 26"
# zh> assert conv_output_size(28, 3) == 26, "3x3 卷积核、步幅 1、无填充：28 -> 26"
assert conv_output_size(7, 3, 2, 1) == 4, "(7 + 2 - 3) // 2 + 1 = 4"
assert conv_output_size(5, 2, 2) == 2, "a window that does not fit is dropped: (5 - 2) // 2 + 1 = 2"
# zh> assert conv_output_size(5, 2, 2) == 2, "放不下的窗口会被舍弃：(5 - 2) // 2 + 1 = 2"
print("conv_output_size: checks passed")
# zh> print("conv_output_size：检查通过")

# %%
size = 32
for name, kernel, stride, padding, channels in [
        ("conv 1", 5, 1, 2, 32), ("pool 1", 2, 2, 0, 32),
        # zh> ("卷积 1", 5, 1, 2, 32), ("池化 1", 2, 2, 0, 32),
        ("conv 2", 5, 1, 2, 32), ("pool 2", 2, 2, 0, 32),
        # zh> ("卷积 2", 5, 1, 2, 32), ("池化 2", 2, 2, 0, 32),
        ("conv 3", 5, 1, 2, 64), ("pool 3", 2, 2, 0, 64)]:
        # zh> ("卷积 3", 5, 1, 2, 64), ("池化 3", 2, 2, 0, 64)]:
    size = conv_output_size(size, kernel, stride, padding)
    print(f"after {name}: ({channels}, {size}, {size})")
    # zh> print(f"经过{name}后：({channels}, {size}, {size})")
print("flattened:", channels * size * size)
# zh> print("展平后：", channels * size * size)

# %% [markdown]
# **Parameters.** A `Conv2d(c_in, c_out, k)` layer has `c_out` filters, each with
# `c_in * k * k` weights and one bias. A `Linear(n_in, n_out)` layer has `n_in * n_out`
# weights and `n_out` biases. Pooling and flattening have no parameters. For example,
# the two linear layers hold 1024·64 + 64 + 64·10 + 10 = 66,250 parameters. Write
# `cnn_param_count()` returning the total for the whole network (the check below only
# tests its plausibility; the autograder checks the exact number). Most of the
# parameters are in the convolutions, even though each filter is small.

# %% [markdown] lang="zh"
# **参数量。** 一个 `Conv2d(c_in, c_out, k)` 层有 `c_out` 个卷积核，每个有 `c_in * k * k` 个权重和一个偏置。
# 一个 `Linear(n_in, n_out)` 层有 `n_in * n_out` 个权重和 `n_out` 个偏置。池化层和展平层没有参数。
# 例如，两个全连接层共有 1024·64 + 64 + 64·10 + 10 = 66,250 个参数。请实现 `cnn_param_count()`，
# 返回整个网络的参数总数（下面的检查只测试它是否合理；自动评分器会检查准确的数值）。尽管每个卷积核都很小，
# 但大部分参数都在卷积层中。

# %%
# nngrader: solution reference.curve_fitting.cnn_param_count

# %%
# nngrader: check cnn_param_count
total = cnn_param_count()
assert isinstance(total, (int, np.integer)), f"a count is an int, got {type(total).__name__}"
# zh> assert isinstance(total, (int, np.integer)), f"个数应为整数（int），得到的是 {type(total).__name__}"
assert 66_250 < total < 1_000_000, (
    f"{total} is implausible: the linear layers alone have 66,250 parameters and the "
    # zh> f"{total} 不合理：仅全连接层就有 66,250 个参数，"
    "convolutions add their filters and biases")
    # zh> "卷积层还要再加上它们的卷积核和偏置")
print("cnn_param_count: checks passed")
# zh> print("cnn_param_count：检查通过")

# %% [markdown]
# ## Credits
#
# Fitting sin(x) with a cubic polynomial by hand-derived gradients follows a common
# tutorial: the PyTorch tutorial "Learning PyTorch with Examples" (Justin Johnson), retold
# in Chinese tutorial posts on training neural networks, which also ask the loss and CNN-
# shape questions. The text and code here are the kit's own.

# %% [markdown] lang="zh"
# ## 致谢
#
# 用手推梯度的三次多项式拟合 sin(x)，参照一篇常见教程：PyTorch 教程 “Learning PyTorch
# with Examples”（Justin Johnson），以及转述它的中文文章，例如《【深度学习教程】Chapter
# 4 神经网络训练》。损失函数和 CNN 形状的题目也参照同一篇文章。这里的文字和代码由本套件自行编写。
