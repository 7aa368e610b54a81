# %% [markdown]
# # Homework 5: the tools of training
#
# Homeworks 1 to 4 trained with the plainest gradient descent. This homework collects the
# tools that make training work in practice: sizing a network, letting the learning rate
# decay, choosing a loss that matches the goal, regularising, and the family of optimizers
# from momentum to Adam.
#
# You will write `count_params`, `exponential_decay`, `mse`, `custom_loss`, `l2_penalty`
# and five update rules: `sgd`, `sgd_momentum`, `adagrad`, `rmsprop`, `adam`. Replace
# each `# YOUR CODE HERE` / `raise NotImplementedError()` with your code and run the check
# cell after it. Only numpy: every framework feature here is a few lines of arithmetic.

# %% [markdown] lang="zh"
# # 作业 5：训练的工具箱
#
# 作业 1 到 4 都用最朴素的梯度下降法训练。本次作业汇集了让训练在实践中真正奏效的工具：估算网络的规模、学习率衰减、
# 选择与目标相符的损失函数、正则化，以及从动量法到 Adam 的一系列优化器。
#
# 你要实现 `count_params`、`exponential_decay`、`mse`、`custom_loss`、`l2_penalty`，以及五种参数更新规则：
# `sgd`、`sgd_momentum`、`adagrad`、`rmsprop`、`adam`。把每处 `# YOUR CODE HERE` / `raise NotImplementedError()`
# 换成你的代码，然后运行紧随其后的检查单元格。只用 numpy：这里框架提供的每个功能，其实都只是几行算术。

# %%
import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ## 1. How big is a network?
#
# Two numbers describe the cost of a fully connected network:
#
# * **space**: the number of layers (the hidden layers plus the output layer; the input
#   layer does no computation and is not counted) and the number of **parameters**, all
#   weights plus all biases. A layer from $n_{in}$ to $n_{out}$ units has an
#   $n_{in} \times n_{out}$ weight matrix and $n_{out}$ biases;
# * **time**: the number of multiply-adds of one forward pass, $n_{in} \cdot n_{out}$ per
#   layer.
#
# Write `count_params(layer_sizes)` for a list of layer widths, input layer first.
# The 784-50-10 network of homework 2 has 39,760 parameters.

# %% [markdown] lang="zh"
# ## 1. 网络有多大？
#
# 全连接网络的开销用两个数来描述：
#
# * **空间复杂度**：层数（隐藏层加输出层；输入层不做计算，不计入）以及**参数**个数，即所有权重与所有偏置之和。
#   从 $n_{in}$ 个单元到 $n_{out}$ 个单元的一层，有一个 $n_{in} \times n_{out}$ 的权重矩阵和 $n_{out}$ 个偏置；
# * **时间复杂度**：一次前向传播的乘加运算次数，每层 $n_{in} \cdot n_{out}$ 次。
#
# 请实现 `count_params(layer_sizes)`，参数是各层宽度组成的列表，输入层在前。作业 2 中的 784-50-10 网络共有 39,760 个参数。

# %%
# nngrader: solution reference.training.count_params

# %%
# nngrader: check count_params
assert count_params([784, 50, 10]) == 39760, f"[784, 50, 10] has 39760 parameters, got {count_params([784, 50, 10])}"
# zh> assert count_params([784, 50, 10]) == 39760, f"[784, 50, 10] 应有 39760 个参数，得到的是 {count_params([784, 50, 10])}"
# 3*4 + 4 weights and biases into the hidden layer, 4*2 + 2 into the output layer
# zh: 进入隐藏层的权重和偏置为 3*4 + 4 个，进入输出层的为 4*2 + 2 个
assert count_params([3, 4, 2]) == 26, f"[3, 4, 2] has 26 parameters, got {count_params([3, 4, 2])}"
# zh> assert count_params([3, 4, 2]) == 26, f"[3, 4, 2] 应有 26 个参数，得到的是 {count_params([3, 4, 2])}"
assert count_params([2, 1]) == 3, f"[2, 1] has 3 parameters, got {count_params([2, 1])}"
# zh> assert count_params([2, 1]) == 3, f"[2, 1] 应有 3 个参数，得到的是 {count_params([2, 1])}"
print("count_params: checks passed")
# zh> print("count_params：检查通过")

# %% [markdown]
# ## 2. A decaying learning rate
#
# A large learning rate makes fast progress at first but then jumps back and forth across
# the minimum. A small one is stable but slow. A common compromise starts large and
# shrinks the rate as training goes on:
#
# $$\text{lr} = \text{lr}_{base} \cdot \text{decay\_rate}^{\,\text{global\_step} /
#   \text{decay\_steps}}$$
#
# `global_step` counts the updates so far, and every `decay_steps` updates the rate is
# multiplied by `decay_rate`. Keep the exponent a true division, so the rate shrinks
# smoothly between those points rather than in stairs.

# %% [markdown] lang="zh"
# ## 2. 学习率衰减
#
# 学习率大，起初进展快，但随后会在最小值两侧来回跳动；学习率小，稳定但缓慢。常用的折中办法是：开始时取较大的学习率，
# 随着训练推进逐渐减小：
#
# $$\text{lr} = \text{lr}_{base} \cdot \text{decay\_rate}^{\,\text{global\_step} /
#   \text{decay\_steps}}$$
#
# `global_step` 是到目前为止的更新次数，每经过 `decay_steps` 次更新，学习率就乘以 `decay_rate`。
# 指数要用真正的除法，这样学习率在这些节点之间是平滑下降的，而不是阶梯式下降。

# %%
# nngrader: solution reference.training.exponential_decay

# %%
# nngrader: check exponential_decay
assert exponential_decay(0.2, 0.99, 0, 1) == 0.2, "at step 0 the rate is lr_base"
# zh> assert exponential_decay(0.2, 0.99, 0, 1) == 0.2, "第 0 步时学习率应为 lr_base"
assert abs(exponential_decay(0.2, 0.99, 10, 1) - 0.18087641500176088) < 1e-12, (
    f"0.2 * 0.99**10 = 0.1808764, got {exponential_decay(0.2, 0.99, 10, 1)}")
    # zh> f"0.2 * 0.99**10 = 0.1808764，得到的是 {exponential_decay(0.2, 0.99, 10, 1)}")
assert abs(exponential_decay(1.0, 0.5, 5, 10) - 0.7071067811865476) < 1e-12, (
    "halfway to the next decay the rate is multiplied by sqrt(0.5), not by 1 or 0.5: got "
    # zh> "距下一次衰减还差一半时，学习率应乘以 sqrt(0.5)，而不是 1 或 0.5：得到的是 "
    f"{exponential_decay(1.0, 0.5, 5, 10)}")
print("exponential_decay: checks passed")
# zh> print("exponential_decay：检查通过")

# %% [markdown]
# Minimise $(w + 1)^2$ from $w = 5$ with a rate that starts at 0.2 and decays by 1% per
# step.

# %% [markdown] lang="zh"
# 从 $w = 5$ 出发最小化 $(w + 1)^2$，学习率从 0.2 开始，每步衰减 1%。

# %%
w, ws, rates = 5.0, [], []
for step in range(100):
    lr = exponential_decay(0.2, 0.99, step, 1)
    w -= lr * 2 * (w + 1)  # the derivative of (w + 1)**2 is 2 (w + 1)
    # zh> w -= lr * 2 * (w + 1)  # (w + 1)**2 的导数是 2 (w + 1)
    ws.append(w)
    rates.append(lr)
print(f"w after 100 steps: {w:.6f} (the minimum is at -1)")
# zh> print(f"100 步之后 w = {w:.6f}（最小值在 -1 处）")

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3))
left.plot(rates)
left.set_xlabel("step")
# zh> left.set_xlabel("步数")
left.set_ylabel("learning rate")
# zh> left.set_ylabel("学习率")
right.plot(ws)
right.set_xlabel("step")
# zh> right.set_xlabel("步数")
right.set_ylabel("w")
plt.show()

# %% [markdown]
# ## 3. Activation functions, briefly
#
# A good activation function is **non-linear** (otherwise stacked layers collapse into
# one), **differentiable** (gradient descent needs its derivative), ideally **monotonic**,
# and close to the identity near zero. When its output is bounded, gradient-based training
# is more stable. When it is unbounded, use a smaller learning rate.
#
# The sigmoid has three known problems. Its derivative is at most 0.25, so a product of
# many of them across layers shrinks towards zero and the gradients vanish. Its outputs
# are all positive, which slows convergence. And it needs an exponential, which is costly.
# Practical advice for a first network: ReLU in the hidden layers, a smallish learning
# rate, inputs standardised to mean 0 and standard deviation 1, and initial weights drawn
# around 0 with standard deviation $\sqrt{2 / n_{in}}$.
#
# ## 4. Losses
#
# The loss states what "wrong" means, and the optimizer only knows what the loss tells it.
#
# **Mean squared error** for regression: $\frac{1}{n}\sum (y - \hat y)^2$ over all
# entries.

# %% [markdown] lang="zh"
# ## 3. 激活函数简介
#
# 好的激活函数应当是**非线性**的（否则多层叠加会退化成一层）、**可微**的（梯度下降需要它的导数），最好是**单调**的，
# 并且在零附近接近恒等映射。输出有界时，基于梯度的训练更稳定；输出无界时，应使用较小的学习率。
#
# sigmoid 函数有三个众所周知的问题：它的导数最大只有 0.25，多层连乘后趋于零，导致梯度消失；它的输出全为正，
# 会减慢收敛；它需要计算指数，开销较大。搭建第一个网络的实用建议：隐藏层用 ReLU，学习率取小一些，
# 输入标准化为均值 0、标准差 1，初始权重以 0 为中心、标准差取 $\sqrt{2 / n_{in}}$。
#
# ## 4. 损失函数
#
# 损失函数规定了什么叫“错”，而优化器只知道损失函数告诉它的东西。
#
# 回归问题用**均方误差**：对所有元素求 $\frac{1}{n}\sum (y - \hat y)^2$。

# %%
# nngrader: solution reference.training.mse

# %%
# nngrader: check mse
value = mse(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 5.0]))
assert abs(value - 4 / 3) < 1e-12, f"mse([1, 2, 3], [1, 2, 5]) = 4/3, got {value}"
# zh> assert abs(value - 4 / 3) < 1e-12, f"mse([1, 2, 3], [1, 2, 5]) 应为 4/3，得到的是 {value}"
value = mse(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([[0.5, 0.0], [0.0, -1.0]]))
assert abs(value - 1.0625) < 1e-12, f"the mean runs over every entry: expected 1.0625, got {value}"
# zh> assert abs(value - 1.0625) < 1e-12, f"应对所有元素求平均：应为 1.0625，得到的是 {value}"
print("mse: checks passed")
# zh> print("mse：检查通过")

# %% [markdown]
# A test problem: a shop sells $y \approx x_1 + x_2$ pots of yoghurt a day, where $x_1$ and
# $x_2$ are two factors that drive the sales, plus a little noise. A linear model
# $\hat y = x w$ with $w$ of shape (2, 1), trained on the MSE, should find $w \approx
# [1, 1]$. The gradient of the MSE is $\frac{2}{n} x^\top (x w - y)$.

# %% [markdown] lang="zh"
# 一个测试问题：某商店每天卖出 $y \approx x_1 + x_2$ 杯酸奶，其中 $x_1$ 和 $x_2$ 是影响销量的两个因素，外加少许噪声。
# 用均方误差训练的线性模型 $\hat y = x w$（$w$ 的形状为 (2, 1)）应当得到 $w \approx
# [1, 1]$。均方误差的梯度是 $\frac{2}{n} x^\top (x w - y)$。

# %%
rng = np.random.default_rng(0)
x_sales = rng.random((32, 2))
y_sales = x_sales.sum(axis=1, keepdims=True) + rng.uniform(-0.05, 0.05, (32, 1))

w = np.zeros((2, 1))
for step in range(2000):
    w -= 0.1 * 2 * x_sales.T @ (x_sales @ w - y_sales) / len(x_sales)
print("w fitted by MSE:", w.ravel(), " final loss:", mse(y_sales, x_sales @ w))
# zh> print("用均方误差拟合出的 w：", w.ravel(), " 最终损失：", mse(y_sales, x_sales @ w))

# %% [markdown]
# The MSE treats over- and under-prediction alike, but a shop does not. If a pot costs 1 to
# make and earns 99 when sold, baking one too many loses 1 and baking one too few loses 99.
# A **custom loss** prices each kind of error:
#
# $$\text{loss} = \sum_i \begin{cases} \text{cost}\,(\hat y_i - y_i) & \hat y_i > y_i \\
#   \text{profit}\,(y_i - \hat y_i) & \text{otherwise} \end{cases}$$
#
# `np.where(condition, a, b)` picks from `a` where the condition holds and from `b`
# elsewhere. Write `custom_loss(y_true, y_pred, cost=1.0, profit=99.0)`, summed over all
# entries.

# %% [markdown] lang="zh"
# 均方误差对预测偏多和偏少一视同仁，但商店可不是这样。如果一杯酸奶成本为 1、卖出去赚 99，那么多做一杯亏 1，少做一杯则少赚 99。
# **自定义损失函数**为每种误差分别定价：
#
# $$\text{loss} = \sum_i \begin{cases} \text{cost}\,(\hat y_i - y_i) & \hat y_i > y_i \\
#   \text{profit}\,(y_i - \hat y_i) & \text{otherwise} \end{cases}$$
#
# `np.where(condition, a, b)` 在条件成立处取 `a`，其余位置取 `b`。请实现 `custom_loss(y_true, y_pred, cost=1.0, profit=99.0)`，
# 对所有元素求和。

# %%
# nngrader: solution reference.training.custom_loss

# %%
# nngrader: check custom_loss
y_true = np.array([1.0, 2.0, 3.0])
y_pred = np.array([2.0, 2.0, 1.0])  # one over by 1, one exact, one under by 2
# zh> y_pred = np.array([2.0, 2.0, 1.0])  # 一个多了 1，一个刚好，一个少了 2
value = custom_loss(y_true, y_pred)
assert abs(value - 199.0) < 1e-9, f"expected 1*1 + 99*2 = 199, got {value}"
# zh> assert abs(value - 199.0) < 1e-9, f"应为 1*1 + 99*2 = 199，得到的是 {value}"
value = custom_loss(y_true, y_pred, cost=2.0, profit=3.0)
assert abs(value - 8.0) < 1e-9, f"with cost 2 and profit 3 expected 2*1 + 3*2 = 8, got {value}"
# zh> assert abs(value - 8.0) < 1e-9, f"成本为 2、利润为 3 时应为 2*1 + 3*2 = 8，得到的是 {value}"
print("custom_loss: checks passed")
# zh> print("custom_loss：检查通过")

# %% [markdown]
# Trained on this loss, the model learns to predict **more** than the average sales,
# because running short is expensive. Swap the prices and it predicts less. The gradient of
# each term is `cost * x_i` where the prediction is above the target and `-profit * x_i`
# where it is not.

# %% [markdown] lang="zh"
# 用这个损失函数训练，模型学会预测得比平均销量**更多**，因为缺货的代价很高。把成本和利润对调，它就会预测得更少。
# 每一项的梯度在预测值高于目标处为 `cost * x_i`，否则为 `-profit * x_i`。

# %%
for cost, profit in ((1.0, 99.0), (99.0, 1.0)):
    w = np.ones((2, 1))
    for step in range(5000):
        over = x_sales @ w > y_sales
        w -= 1e-4 * x_sales.T @ np.where(over, cost, -profit)
    print(f"cost {cost:g}, profit {profit:g}: w = {w.ravel()}")
    # zh> print(f"成本 {cost:g}，利润 {profit:g}：w = {w.ravel()}")

# %% [markdown]
# **Cross-entropy** (homework 1) is the loss for classification: combined with softmax, it
# compares predicted class probabilities with the true class.
#
# ## 5. L2 regularisation
#
# A network with many parameters can fit the noise of its training data (overfitting). L2
# regularisation adds a penalty for large weights to the loss:
#
# $$\text{loss}_{total} = \text{loss} + \frac{\lambda}{2} \sum_{\text{all weights}} w^2$$
#
# Its gradient adds $\lambda w$ to each weight's gradient, pulling every weight a little
# towards zero at each step (hence the other name, *weight decay*). Write
# `l2_penalty(weights, lam)` for a list of weight arrays of any shapes. Biases are
# usually left out of the list.

# %% [markdown] lang="zh"
# **交叉熵误差**（作业 1）是分类问题的损失函数：它与 softmax 配合，比较预测的类别概率与真实类别。
#
# ## 5. L2 正则化
#
# 参数很多的网络可能把训练数据中的噪声也拟合进去（过拟合）。L2 正则化在损失中加入一项惩罚大权重的项：
#
# $$\text{loss}_{total} = \text{loss} + \frac{\lambda}{2} \sum_{\text{all weights}} w^2$$
#
# 它的梯度给每个权重的梯度加上 $\lambda w$，每一步都把所有权重往零拉一点（因此它也叫*权值衰减*）。
# 请实现 `l2_penalty(weights, lam)`，参数是由任意形状的权重数组组成的列表。偏置通常不放进这个列表。

# %%
# nngrader: solution reference.training.l2_penalty

# %%
# nngrader: check l2_penalty
weights = [np.array([[1.0, 2.0], [3.0, 0.0]]), np.array([-1.0])]
value = l2_penalty(weights, 0.1)
assert abs(value - 0.75) < 1e-12, f"0.1 / 2 * (1 + 4 + 9 + 0 + 1) = 0.75, got {value}"
# zh> assert abs(value - 0.75) < 1e-12, f"0.1 / 2 * (1 + 4 + 9 + 0 + 1) = 0.75，得到的是 {value}"
assert l2_penalty(weights, 0.0) == 0.0, "lam = 0 means no penalty"
# zh> assert l2_penalty(weights, 0.0) == 0.0, "lam = 0 时应没有惩罚项"
print("l2_penalty: checks passed")
# zh> print("l2_penalty：检查通过")

# %% [markdown]
# ## 6. Optimizers
#
# All five optimizers share one interface, so that a training loop can switch between
# them:
#
# ```python
# next_w, config = update(w, dw, config=None)
# ```
#
# `w` is an array of parameters and `dw` the gradient of the loss at `w`, of the same
# shape. `config` is a dict holding the hyper-parameters (learning rate, ...) and the
# **state** an optimizer carries from one step to the next (a velocity, a cache, a step
# count). When `config` is `None`, create a new dict. Then fill in missing entries with
# `config.setdefault(key, default)`: state arrays start as `np.zeros_like(w)`, and the Adam
# step count starts at 0. Store the new state back in `config` and return it, because the
# next call receives that dict.
#
# ### SGD
#
# The plain step, $w \leftarrow w - \eta\, dw$. Default `learning_rate` 1e-2.

# %% [markdown] lang="zh"
# ## 6. 优化器
#
# 五个优化器共用同一个接口，这样训练循环可以在它们之间随意切换：
#
# ```python
# next_w, config = update(w, dw, config=None)
# ```
#
# `w` 是参数数组，`dw` 是损失在 `w` 处的梯度，形状相同。`config` 是一个字典，保存超参数（学习率等）以及优化器从一步带到下一步的
# **状态**（速度、缓存、步数）。`config` 为 `None` 时，新建一个字典；然后用 `config.setdefault(key, default)` 补上缺失的项：
# 状态数组从 `np.zeros_like(w)` 开始，Adam 的步数从 0 开始。把新的状态存回 `config` 并返回它，因为下一次调用接收的正是这个字典。
#
# ### SGD
#
# 最朴素的一步：$w \leftarrow w - \eta\, dw$。`learning_rate` 默认为 1e-2。

# %%
# nngrader: solution reference.optimizers.sgd

# %%
# nngrader: check sgd
next_w, config = sgd(np.array([1.0, -2.0]), np.array([0.5, 0.5]))
assert np.allclose(next_w, [0.995, -2.005]), f"with the default rate 0.01 expected [0.995, -2.005], got {next_w}"
# zh> assert np.allclose(next_w, [0.995, -2.005]), f"默认学习率 0.01 时应为 [0.995, -2.005]，得到的是 {next_w}"
assert config["learning_rate"] == 1e-2, f"config should hold the default learning_rate, got {config}"
# zh> assert config["learning_rate"] == 1e-2, f"config 中应保存默认的 learning_rate，得到的是 {config}"
next_w, config = sgd(np.array([1.0, -2.0]), np.array([0.5, 0.5]), {"learning_rate": 0.1})
assert np.allclose(next_w, [0.95, -2.05]), f"with learning_rate 0.1 expected [0.95, -2.05], got {next_w}"
# zh> assert np.allclose(next_w, [0.95, -2.05]), f"learning_rate 为 0.1 时应为 [0.95, -2.05]，得到的是 {next_w}"
print("sgd: checks passed")
# zh> print("sgd：检查通过")

# %% [markdown]
# ### SGD with momentum
#
# Gradients that keep pointing the same way should build up speed, and gradients that
# flip sign should cancel. Keep an exponential moving average of the gradients, the
# **velocity** $m$, and step along it:
#
# $$m \leftarrow \beta\, m + (1 - \beta)\, dw, \qquad w \leftarrow w - \eta\, m.$$
#
# Config: `learning_rate` 1e-2, `momentum` ($\beta$) 0.9, state `velocity`.

# %% [markdown] lang="zh"
# ### 带动量的 SGD（Momentum）
#
# 方向一直不变的梯度应当越走越快，符号来回翻转的梯度则应相互抵消。为此维护梯度的指数移动平均，即**速度** $m$，并沿它前进：
#
# $$m \leftarrow \beta\, m + (1 - \beta)\, dw, \qquad w \leftarrow w - \eta\, m.$$
#
# 配置：`learning_rate` 1e-2，`momentum`（$\beta$）0.9，状态 `velocity`。

# %%
# nngrader: solution reference.optimizers.sgd_momentum

# %%
# nngrader: check sgd_momentum
# By hand: m = 0.1 * 2 = 0.2, w = 1 - 0.01 * 0.2 = 0.998; then m = 0.9 * 0.2 + 0.2 = 0.38.
# zh: 手算：m = 0.1 * 2 = 0.2，w = 1 - 0.01 * 0.2 = 0.998；接着 m = 0.9 * 0.2 + 0.2 = 0.38。
w, config = sgd_momentum(np.array([1.0]), np.array([2.0]))
assert np.allclose(w, [0.998]), f"first step: expected [0.998], got {w}"
# zh> assert np.allclose(w, [0.998]), f"第一步：应为 [0.998]，得到的是 {w}"
assert np.allclose(config["velocity"], [0.2]), f"velocity after one step: expected [0.2], got {config.get('velocity')}"
# zh> assert np.allclose(config["velocity"], [0.2]), f"一步之后的速度：应为 [0.2]，得到的是 {config.get('velocity')}"
w, config = sgd_momentum(w, np.array([2.0]), config)
assert np.allclose(config["velocity"], [0.38]) and np.allclose(w, [0.9942]), (
    f"second step: expected velocity [0.38] and w [0.9942], got {config['velocity']} and {w}")
    # zh> f"第二步：速度应为 [0.38]、w 应为 [0.9942]，得到的是 {config['velocity']} 和 {w}")
print("sgd_momentum: checks passed")
# zh> print("sgd_momentum：检查通过")

# %% [markdown]
# ### Adagrad
#
# Give each parameter its own step size. Keep the running **sum** of its squared gradients,
# the `cache`, and divide the step by the square root of it. Parameters with large
# gradients take smaller steps:
#
# $$\text{cache} \leftarrow \text{cache} + dw^2, \qquad
#   w \leftarrow w - \eta\, \frac{dw}{\sqrt{\text{cache}} + \epsilon}.$$
#
# Config: `learning_rate` 1e-2, `epsilon` 1e-8 (it avoids dividing by zero), state `cache`.
# Because the cache only grows, the steps keep shrinking.

# %% [markdown] lang="zh"
# ### AdaGrad
#
# 为每个参数分配各自的步长。维护其梯度平方的累计**和**，即 `cache`，并用它的平方根去除步长。梯度大的参数，步子就迈得小：
#
# $$\text{cache} \leftarrow \text{cache} + dw^2, \qquad
#   w \leftarrow w - \eta\, \frac{dw}{\sqrt{\text{cache}} + \epsilon}.$$
#
# 配置：`learning_rate` 1e-2，`epsilon` 1e-8（防止除以零），状态 `cache`。由于 cache 只增不减，步长会越来越小。

# %%
# nngrader: solution reference.optimizers.adagrad

# %%
# nngrader: check adagrad
w, config = adagrad(np.array([1.0, 1.0]), np.array([3.0, -4.0]))
assert np.allclose(config["cache"], [9.0, 16.0]), f"cache should be [9, 16], got {config.get('cache')}"
# zh> assert np.allclose(config["cache"], [9.0, 16.0]), f"cache 应为 [9, 16]，得到的是 {config.get('cache')}"
assert np.allclose(w, [0.99, 1.01], rtol=1e-7), f"each entry moves by 0.01 * dw / |dw|: expected [0.99, 1.01], got {w}"
# zh> assert np.allclose(w, [0.99, 1.01], rtol=1e-7), f"每个元素移动 0.01 * dw / |dw|：应为 [0.99, 1.01]，得到的是 {w}"
w, config = adagrad(w, np.array([4.0, 0.0]), config)
assert np.allclose(w, [0.982, 1.01], rtol=1e-7), f"second step: cache [25, 16], expected w [0.982, 1.01], got {w}"
# zh> assert np.allclose(w, [0.982, 1.01], rtol=1e-7), f"第二步：cache 为 [25, 16]，w 应为 [0.982, 1.01]，得到的是 {w}"
print("adagrad: checks passed")
# zh> print("adagrad：检查通过")

# %% [markdown]
# ### RMSProp
#
# Adagrad with a memory that fades. The cache is a decaying average of squared gradients,
# so the step size tracks the recent size of the gradients:
#
# $$\text{cache} \leftarrow \rho\, \text{cache} + (1 - \rho)\, dw^2, \qquad
#   w \leftarrow w - \eta\, \frac{dw}{\sqrt{\text{cache}} + \epsilon}.$$
#
# Config: `learning_rate` 1e-2, `decay_rate` ($\rho$) 0.99, `epsilon` 1e-8, state `cache`.

# %% [markdown] lang="zh"
# ### RMSProp
#
# 带有“遗忘”的 AdaGrad。cache 是梯度平方的衰减平均，因此步长反映的是最近梯度的大小：
#
# $$\text{cache} \leftarrow \rho\, \text{cache} + (1 - \rho)\, dw^2, \qquad
#   w \leftarrow w - \eta\, \frac{dw}{\sqrt{\text{cache}} + \epsilon}.$$
#
# 配置：`learning_rate` 1e-2，`decay_rate`（$\rho$）0.99，`epsilon` 1e-8，状态 `cache`。

# %%
# nngrader: solution reference.optimizers.rmsprop

# %%
# nngrader: check rmsprop
# By hand: cache = 0.01 * 4 = 0.04, w = 1 - 0.01 * 2 / 0.2 = 0.9; then cache = 0.0796.
# zh: 手算：cache = 0.01 * 4 = 0.04，w = 1 - 0.01 * 2 / 0.2 = 0.9；接着 cache = 0.0796。
w, config = rmsprop(np.array([1.0]), np.array([2.0]))
assert np.allclose(w, [0.9], rtol=1e-7), f"first step: expected [0.9], got {w}"
# zh> assert np.allclose(w, [0.9], rtol=1e-7), f"第一步：应为 [0.9]，得到的是 {w}"
w, config = rmsprop(w, np.array([2.0]), config)
assert np.allclose(config["cache"], [0.0796]), f"cache after two steps should be [0.0796], got {config['cache']}"
# zh> assert np.allclose(config["cache"], [0.0796]), f"两步之后 cache 应为 [0.0796]，得到的是 {config['cache']}"
assert np.allclose(w, [0.8291118870117289], rtol=1e-7), f"second step: expected [0.8291119], got {w}"
# zh> assert np.allclose(w, [0.8291118870117289], rtol=1e-7), f"第二步：应为 [0.8291119]，得到的是 {w}"
print("rmsprop: checks passed")
# zh> print("rmsprop：检查通过")

# %% [markdown]
# ### Adam
#
# Momentum and RMSProp together. Keep a moving average of the gradients, $m$, and one of
# their squares, $v$:
#
# $$t \leftarrow t + 1, \quad m \leftarrow \beta_1 m + (1-\beta_1)\, dw, \quad
#   v \leftarrow \beta_2 v + (1-\beta_2)\, dw^2.$$
#
# Both averages start at zero, so early on they are biased towards zero. The fix is to
# divide them by $1 - \beta^t$, which is small at first and tends to 1:
#
# $$\hat m = \frac{m}{1 - \beta_1^t}, \quad \hat v = \frac{v}{1 - \beta_2^t}, \quad
#   w \leftarrow w - \eta\, \frac{\hat m}{\sqrt{\hat v} + \epsilon}.$$
#
# Config: `learning_rate` 1e-3, `beta1` 0.9, `beta2` 0.999, `epsilon` 1e-8, state `m`, `v`
# and `t`. Here `t` counts the steps taken: it starts at 0 and is incremented **before** the
# correction, so the first step uses $t = 1$. With $t = 0$ the correction divides by zero.
# Common slips: leaving out the correction, swapping $\beta_1$ and $\beta_2$, and
# computing the new `m`, `v`, `t` without storing them in `config`.

# %% [markdown] lang="zh"
# ### Adam
#
# 动量法与 RMSProp 的结合。维护梯度的移动平均 $m$，以及梯度平方的移动平均 $v$：
#
# $$t \leftarrow t + 1, \quad m \leftarrow \beta_1 m + (1-\beta_1)\, dw, \quad
#   v \leftarrow \beta_2 v + (1-\beta_2)\, dw^2.$$
#
# 两个平均值都从零开始，所以起初会偏向零。修正办法是除以 $1 - \beta^t$，它开始时很小，随后趋于 1（偏差修正）：
#
# $$\hat m = \frac{m}{1 - \beta_1^t}, \quad \hat v = \frac{v}{1 - \beta_2^t}, \quad
#   w \leftarrow w - \eta\, \frac{\hat m}{\sqrt{\hat v} + \epsilon}.$$
#
# 配置：`learning_rate` 1e-3，`beta1` 0.9，`beta2` 0.999，`epsilon` 1e-8，状态 `m`、`v` 和 `t`。这里 `t` 是已走的步数：
# 从 0 开始，并在偏差修正**之前**加一，所以第一步用的是 $t = 1$。若 $t = 0$，修正时会除以零。
# 常见疏忽：漏掉偏差修正、把 $\beta_1$ 与 $\beta_2$ 弄反，以及算出新的 `m`、`v`、`t` 后没有存回 `config`。

# %%
# nngrader: solution reference.optimizers.adam

# %%
# nngrader: check adam
# On the first step the corrected averages are dw and dw**2 exactly, so each entry moves
# by learning_rate against the sign of its gradient.
# zh: 第一步时，修正后的平均值恰好是 dw 和 dw**2，
# zh: 所以每个元素都朝其梯度符号的反方向移动 learning_rate。
w, config = adam(np.array([1.0, -1.0]), np.array([0.5, -2.0]))
assert np.allclose(w, [0.999, -0.999], rtol=1e-6), (
    f"first step from a fresh config: expected [0.999, -0.999], got {w} (does t start at 0?)")
    # zh> f"从新的 config 出发走第一步：应为 [0.999, -0.999]，得到的是 {w}（t 是否从 0 开始？）")
assert config["t"] == 1, f"after one step t should be 1, got {config.get('t')}"
# zh> assert config["t"] == 1, f"一步之后 t 应为 1，得到的是 {config.get('t')}"
w, config = adam(w, np.array([1.0, -2.0]), config)
assert config["t"] == 2 and np.allclose(config["m"], [0.145, -0.38]), (
    f"after two steps expected t = 2 and m = [0.145, -0.38], got {config.get('t')}, {config.get('m')}")
    # zh> f"两步之后应有 t = 2、m = [0.145, -0.38]，得到的是 {config.get('t')}、{config.get('m')}")
assert np.allclose(config["v"], [0.00124975, 0.007996]), f"v should be [0.00124975, 0.007996], got {config['v']}"
# zh> assert np.allclose(config["v"], [0.00124975, 0.007996]), f"v 应为 [0.00124975, 0.007996]，得到的是 {config['v']}"
assert np.allclose(w, [0.998034818006, -0.99800000001], rtol=1e-6), f"second step: expected [0.9980348, -0.998], got {w}"
# zh> assert np.allclose(w, [0.998034818006, -0.99800000001], rtol=1e-6), f"第二步：应为 [0.9980348, -0.998]，得到的是 {w}"
print("adam: checks passed")
# zh> print("adam：检查通过")

# %% [markdown]
# ### The five side by side
#
# Fit the yoghurt model with each optimizer for 300 steps from the same start. The
# learning rates differ because each rule scales its steps differently.

# %% [markdown] lang="zh"
# ### 五种优化器同台比较
#
# 从同一起点出发，用每种优化器把酸奶模型各拟合 300 步。各自的学习率不同，因为每条更新规则缩放步长的方式不一样。

# %%
def sales_loss_gradient(w):
    residual = x_sales @ w - y_sales
    return mse(y_sales, x_sales @ w), 2 * x_sales.T @ residual / len(x_sales)


settings = [(sgd, 0.1), (sgd_momentum, 0.1), (adagrad, 0.1), (rmsprop, 0.01), (adam, 0.05)]
for update, rate in settings:
    w, config, losses = np.zeros((2, 1)), {"learning_rate": rate}, []
    for step in range(300):
        loss, dw = sales_loss_gradient(w)
        losses.append(loss)
        w, config = update(w, dw, config)
    plt.semilogy(losses, label=f"{update.__name__} (lr {rate:g})")
    # zh> plt.semilogy(losses, label=f"{update.__name__}（学习率 {rate:g}）")
    print(f"{update.__name__:13s} w = {w.ravel()}")
plt.xlabel("step")
# zh> plt.xlabel("步数")
plt.ylabel("MSE")
# zh> plt.ylabel("均方误差")
plt.legend()
plt.show()

# %% [markdown]
# ## Credits
#
# The exercises follow the TensorFlow notes of Peking University's MOOC "Artificial
# Intelligence Practice: TensorFlow Notes" (Cao Jian, China University MOOC): network
# complexity, a decaying learning rate, losses, L2 regularisation, and the optimizers SGD,
# momentum, Adagrad, RMSProp and Adam. The text and code here are the kit's own, in numpy.

# %% [markdown] lang="zh"
# ## 致谢
#
# 本作业的练习参照北京大学 MOOC《人工智能实践：Tensorflow笔记》（曹健，中国大学
# MOOC）：网络复杂度、学习率衰减、损失函数、L2 正则化，以及 SGD、动量法、Adagrad、RMSProp 和
# Adam 优化器。这里的文字和代码由本套件自行编写，用 numpy 实现。
