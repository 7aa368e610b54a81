"""Chinese of reference/two_layer_net.py where the hw2 notebooks paste it."""

MODULE = "reference.two_layer_net"

DOCSTRINGS = {
    "relu": """
线性整流函数（ReLU），逐元素计算 max(0, x)。

参数：
    x: 任意形状的浮点数组。

返回：
    形状相同的浮点数组；负的元素被替换为 0。
""",
    "TwoLayerNet": """
输入 -> 仿射 -> ReLU -> 仿射 -> softmax，处理 N 个样本，每个样本 D 个特征。

形状记号：D = input_size，H = hidden_size，C = output_size。

`params` 是一个字典，键为
    "W1": (D, H) 权重，weight_init_std 乘以标准正态分布的抽样，
    "b1": (H,) 全零，
    "W2": (H, C) 权重，weight_init_std 乘以标准正态分布的抽样，
    "b2": (C,) 全零。
抽样来自 np.random.default_rng(0)（先 W1，后 W2），所以两个
同样大小的网络初始权重相同。

方法（x: (N, D) 输入；t: (N, C) 独热编码的目标）：
    predict(x) -> (N, C) 各类别的概率：对
        relu(x W1 + b1) W2 + b2 做 softmax，每一行各自归一化。
    loss(x, t) -> 浮点数，cross_entropy_error(predict(x), t)。
    accuracy(x, t) -> [0, 1] 内的浮点数，概率最大的类别等于目标类别的
        行所占的比例；t 也可以是 (N,) 的标签。
    numerical_gradient(x, t) -> 字典 W1 b1 W2 b2，其中数组与参数形状相同：
        用 `numerical_gradient` 求出的 loss(x, t) 的梯度。
    gradient(x, t) -> 同样的字典，用反向传播计算。
""",
    "gradient_check": """
梯度确认：比较误差反向传播法与数值微分求出的梯度。

参数：
    network: 一个 TwoLayerNet（它的 `params` W1 b1 W2 b2 不会被修改）。
    x: (N, D) 浮点输入。
    t: (N, C) 独热编码的目标。

返回：
    以 "W1"、"b1"、"W2"、"b2" 为键的字典：每个值是一个浮点数，即
    |network.gradient(x, t)[key] -
    network.numerical_gradient(x, t)[key]| 在所有元素上的平均值。
    值很小（1e-6 或更小）说明反向传播与数值梯度一致。
""",
    "train": """
对 TwoLayerNet 做小批量随机梯度下降（mini-batch SGD）。

共 `iters_num` 次迭代，每次从训练集中随机抽取 `batch_size` 行，
用反向传播（`network.gradient`）求这一批数据上损失的梯度，
让每个参数沿梯度的反方向更新（param <- param - learning_rate * grad），
并记录更新之后这一批数据上的损失。`network` 的参数原地更新。
每批数据（有放回地）从 np.random.default_rng(0) 中抽取，
每次调用都重新创建这个生成器，所以调用结果可以复现。

参数：
    network: 一个 TwoLayerNet。
    x_train: (N, D) 浮点输入。
    t_train: (N, C) 独热编码的目标。
    iters_num: 整数，SGD 的步数。
    batch_size: 整数，每一步使用的行数（批大小）。
    learning_rate: 浮点数，学习率。

返回：
    losses: `iters_num` 个浮点数组成的列表，每次迭代这一批数据上的损失。
""",
}

LINES = {
    "# forward": "# 前向传播",
    "# backward: softmax with cross-entropy gives (p - t) / N at the scores":
        "# 反向传播：softmax 与交叉熵误差合在一起，对得分的梯度是 (p - t) / N",
}
