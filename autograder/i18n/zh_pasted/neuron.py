"""Chinese of reference/neuron.py where the hw3 notebooks paste it."""

MODULE = "reference.neuron"

DOCSTRINGS = {
    "sigmoid": """
sigmoid 函数 1 / (1 + exp(-x))，逐元素计算。

参数：
    x: 浮点数，或任意形状的浮点数组。

返回：
    (0, 1) 内的值，形状与 `x` 相同。
""",
    "deriv_sigmoid": """
sigmoid 函数在 x 处的导数：sigmoid(x) * (1 - sigmoid(x))。

参数：
    x: 浮点数，或任意形状的浮点数组（sigmoid 的输入，而不是它的输出）。

返回：
    (0, 0.25] 内的值，形状与 `x` 相同。
""",
    "mse_loss": """
两个含 n 个值的向量之间的均方误差。

两个参数的形状都可能是 (n,) 或 (n, 1)。要逐元素比较：
直接用 (n,) 的数组减去 (n, 1) 的数组会广播成
(n, n) 的矩阵，所以先把两者变成同样的一维形状。

参数：
    y_true: (n,) 或 (n, 1) 的目标值。
    y_pred: (n,) 或 (n, 1) 的预测值。

返回：
    浮点数，(y_true - y_pred) ** 2 在 n 个元素上的平均值。
""",
    "Neuron": """
一个有两个输入的神经元：output = sigmoid(w . x + b)。

属性：
    weights: 浮点数组 (2,)，在 `__init__` 中用 np.random.default_rng(0)
        从标准正态分布中抽取。
    bias: 浮点数，同一个生成器的下一次抽样。

方法：
    feedforward(x)：x (2,) -> (0, 1) 内的浮点输出；
        x (n, 2) -> (n,) 的输出，每行一个。
    train(data, all_y_trues, learn_rate=0.1, epochs=1000)：
        data: (n, 2) 输入；all_y_trues: (n,) 目标值，在 [0, 1] 内。
        对平方误差做随机梯度下降：每一轮（epoch）中，按顺序对每个样本
        计算输出，把 (y_true - y_pred) ** 2 的导数经过 sigmoid
        反向传播到两个权重和偏置（手写链式法则），再让它们各自沿
        导数的反方向更新，步长为导数乘以 `learn_rate`。每一轮结束后
        记录 mse_loss(all_y_trues, 整个 `data` 上的输出)。
        返回由 `epochs` 个损失组成的列表。
""",
}

LINES = {}
