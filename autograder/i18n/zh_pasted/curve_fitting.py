"""Chinese of reference/curve_fitting.py where the hw6 notebooks paste it."""

MODULE = "reference.curve_fitting"

DOCSTRINGS = {
    "fit_cubic": """
用梯度下降最小化平方误差之和，拟合 y ~ a + b x + c x^2 + d x^3。

a、b、c、d 的初值依次取 np.random.default_rng(seed).random() 的四次抽样
（在 [0, 1) 内均匀分布）。每一轮（epoch）计算预测值、
损失 sum((y_pred - y) ** 2)、该损失对 a、b、c、d 各自的导数
（手写链式法则），再让每个系数沿导数的反方向更新，
步长为导数乘以 `learning_rate`。

参数：
    x: (N,) 浮点输入，例如 np.linspace(-np.pi, np.pi, 2000)。
    y: (N,) 浮点目标值，例如 np.sin(x)。
    learning_rate: 浮点数，学习率。
    epochs: 整数，梯度下降的步数。
    seed: 整数，生成初始系数的随机数生成器的种子。

返回：
    (a, b, c, d)：4 个浮点数组成的元组，最后一步之后的系数。
    losses: `epochs` 个浮点数组成的列表，每一轮的损失，
        在该轮更新之前计算。
""",
    "l1_loss": """
L1 损失：差的绝对值，取平均或求和。

参数：
    pred: 浮点数组，任意形状。
    target: 形状相同的浮点数组。
    reduction: "mean"（在所有元素上取平均）或 "sum"（求和）。

返回：
    浮点数。`reduction` 取其他值时抛出 ValueError。
""",
    "mse_loss": """
平方误差损失：差的平方，取平均或求和。

参数：
    pred: 浮点数组，任意形状。
    target: 形状相同的浮点数组。
    reduction: "mean"（在所有元素上取平均）或 "sum"（求和）。

返回：
    浮点数。`reduction` 取其他值时抛出 ValueError。
""",
    "conv_output_size": """
卷积层或池化层沿一个轴的输出尺寸。

一个 `kernel` 格宽的窗口，以步长 `stride` 在两侧各填充了 `padding` 格的
输入上滑动；数一数它能完整放下的位置有多少个。

参数：
    size: 整数，输入的高（或宽）。
    kernel: 整数，窗口（卷积核）大小。
    stride: 整数，步长。
    padding: 整数，每一侧填充的格数。

返回：
    整数，(size + 2 padding - kernel) // stride + 1。
""",
    "cnn_param_count": """
原作中处理 3x32x32 图像的 CNN 的可训练参数个数。

Conv2d(3, 32, 5, 1, 2), MaxPool2d(2), Conv2d(32, 32, 5, 1, 2), MaxPool2d(2),
Conv2d(32, 64, 5, 1, 2), MaxPool2d(2), Flatten, Linear(1024, 64),
Linear(64, 10)。一个 Conv2d(c_in, c_out, k, ...) 有 c_out 个卷积核，每个含
c_in x k x k 个权重，另加 c_out 个偏置；一个 Linear(n_in, n_out) 有
n_in x n_out 个权重，另加 n_out 个偏置；池化层和展平层没有参数。

返回：
    整数，参数总数。
""",
}

LINES = {
    "raise ValueError(f\"reduction must be 'mean' or 'sum', not {reduction!r}\")":
        "raise ValueError(f\"reduction 只能是 'mean' 或 'sum'，而不是 {reduction!r}\")",
}
