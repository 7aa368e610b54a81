"""Chinese of reference/training.py where the hw5 notebooks paste it."""

MODULE = "reference.training"

DOCSTRINGS = {
    "exponential_decay": """
指数衰减的学习率。

每经过 `decay_steps` 步，学习率乘以一次 `decay_rate`，
中间平滑过渡：lr_base * decay_rate ** (global_step / decay_steps)。

参数：
    lr_base: 浮点数，第 0 步的学习率。
    decay_rate: (0, 1] 内的浮点数，衰减率。
    global_step: 整数（或整数数组），当前步数。
    decay_steps: 整数，每衰减一次 `decay_rate` 所经过的步数。

返回：
    浮点数（或与 `global_step` 形状相同的数组），学习率。
""",
    "mse": """
均方误差。

参数：
    y_true: 浮点数组，任意形状。
    y_pred: 形状相同的浮点数组。

返回：
    浮点数，(y_true - y_pred) ** 2 在所有元素上的平均值。
""",
    "custom_loss": """
销量预测的非对称损失：多预测和少预测的代价不同。

预测值每比真实值多一件，浪费 `cost`；每比真实值少一件，损失 `profit`。
损失是所有元素上以下各项之和：y_pred > y_true 处为
cost * (y_pred - y_true)，其余位置为 profit * (y_true - y_pred)。

参数：
    y_true: 浮点数组，任意形状。
    y_pred: 形状相同的浮点数组。
    cost: 浮点数，多预测一件的代价（成本）。
    profit: 浮点数，少预测一件的代价（利润）。

返回：
    浮点数，损失之和。
""",
    "l2_penalty": """
L2 正则化项：所有权重的平方和乘以 lam / 2。

参数：
    weights: 任意形状的浮点数组组成的列表（例如 [W1 (D, H), W2 (H, C)]）。
    lam: 浮点数，正则化强度。

返回：
    浮点数，lam / 2 * 每个数组各元素平方和的总和。
""",
    "count_params": """
全连接网络的参数个数。

相邻两层的大小为 n_in 和 n_out 时，两层之间有一个
(n_in, n_out) 的权重矩阵和一个 (n_out,) 的偏置。

参数：
    layer_sizes: 整数列表，从输入层到输出层，
        例如 [784, 50, 10]。

返回：
    整数，全部权重加全部偏置的个数（[784, 50, 10] 时为 39760）。
""",
}

LINES = {}
