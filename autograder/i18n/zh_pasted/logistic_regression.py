"""Chinese of reference/logistic_regression.py where the hw4 notebooks paste it."""

MODULE = "reference.logistic_regression"

DOCSTRINGS = {
    "sigmoid": """
逻辑函数（sigmoid）1 / (1 + exp(-z))，逐元素计算。

参数：
    z: 浮点数，或任意形状的浮点数组。

返回：
    (0, 1) 内的值，形状与 `z` 相同。
""",
    "initialize_with_zeros": """
为 `dim` 个特征的逻辑回归创建全零参数。

参数：
    dim: 整数，特征数 n。

返回：
    w: (dim, 1) 的全零浮点数组。
    b: 浮点数 0.0。
""",
    "propagate": """
逻辑回归的代价及其梯度，对 m 个样本做向量化计算。

前向传播：A = sigmoid(w^T X + b)，即每个样本是猫的概率；
cost = -(1/m) * sum(Y log A + (1 - Y) log(1 - A))。
反向传播：这个代价对 w 和 b 的梯度。

参数：
    w: (n, 1) 权重。
    b: 浮点数，偏置。
    X: (n, m) 数据，每列一个样本。
    Y: (1, m) 标签，0 或 1。

返回：
    grads: 字典，"dw": (n, 1)，代价对 w 的梯度；
        "db": 浮点数，代价对 b 的梯度。
    cost: 浮点数，代价。
""",
    "optimize": """
对逻辑回归的代价做梯度下降。

共迭代 `num_iterations` 步；每一步用 `propagate` 求当前 (w, b) 处的代价和梯度，
再更新 w <- w - learning_rate * dw，b <- b - learning_rate * db。
在第 0、100、200……次迭代时记录代价（该次迭代更新之前算出的代价），
`print_cost` 为真时同时打印出来。

参数：
    w: (n, 1) 初始权重。
    b: 浮点数，初始偏置。
    X: (n, m) 数据。
    Y: (1, m) 标签，0 或 1。
    num_iterations: 整数，迭代次数。
    learning_rate: 浮点数，学习率。
    print_cost: 布尔值，是否打印代价。

返回：
    params: 字典，"w": (n, 1) 和 "b": 浮点数，最终的参数。
    grads: 字典，"dw": (n, 1) 和 "db": 浮点数，来自最后一次迭代。
    costs: 浮点数列表，每 100 次迭代一个。
""",
    "predict": """
用学到的参数给每个样本打上标签：1（猫）或 0（非猫）。

概率 sigmoid(w^T X + b) 大于 0.5 时标签为 1，否则为 0。

参数：
    w: (n, 1) 权重。
    b: 浮点数，偏置。
    X: (n, m) 数据。

返回：
    Y_prediction: (1, m) 的浮点数组，值为 0.0 或 1.0。
""",
    "model": """
从全零参数开始训练逻辑回归，并对训练集和测试集做预测。

先用 `initialize_with_zeros` 初始化，再用 `optimize` 训练，
最后用 `predict` 给训练样本和测试样本打标签。

参数：
    X_train: (n, m_train) 训练数据；Y_train: (1, m_train) 标签。
    X_test: (n, m_test) 测试数据；Y_test: (1, m_test) 标签。
    num_iterations: 整数；learning_rate: 浮点数；print_cost: 布尔值。

返回：
    字典，含 "costs"（来自 `optimize` 的浮点数列表）、
    "Y_prediction_test": (1, m_test)、"Y_prediction_train": (1, m_train)、
    "w": (n, 1)、"b": 浮点数。
""",
}

LINES = {
    'print(f"Cost after iteration {i}: {cost:f}")':
        'print(f"第 {i} 次迭代后的代价：{cost:f}")',
}
