"""Chinese of reference/softmax_classifier.py where the notebooks paste it (hw1; hw2 gives
softmax and cross_entropy_error)."""

MODULE = "reference.softmax_classifier"

DOCSTRINGS = {
    "softmax": """
沿最后一个轴做 softmax：每一行都变成和为 1 的概率。

取指数之前，先让每一行减去该行自己的最大值，这样接近 1000 的得分（logits）
也不会溢出（这样平移不改变结果）。
每一行各自归一化；不修改输入数组。

参数：
    x: 得分组成的浮点数组，形状为 (C,) 或 (N, C)。

返回：
    p: 形状相同的浮点数组；每一行都非负，且和为 1。
""",
    "cross_entropy_error": """
预测概率与独热编码（one-hot）目标之间的平均交叉熵误差。

每个样本的误差为 -sum_c y[c] * log(p[c] + 1e-7)；log 里的微小值 1e-7
避免出现 log(0)。一维输入视为单个样本，因此 N 个样本的一批数据
返回这 N 个样本误差的平均值。

参数：
    p: 概率组成的浮点数组，形状为 (C,) 或 (N, C)。
    y: 独热编码的目标，形状与 `p` 相同。

返回：
    浮点数，平均交叉熵误差。
""",
    "SimpleNet": """
一个 2 输入、3 分类的线性分类器：scores = x W。

属性：
    W: 浮点数组 (2, 3)，权重。`__init__` 用 np.random.default_rng(0)
        从标准正态分布中抽取，所以每个新建的 SimpleNet 初始权重都相同。

方法：
    predict(x)：各类别的得分 x W（未经 softmax）。
        x: (2,) 或 (N, 2)  ->  scores: (3,) 或 (N, 3)。
    loss(x, t)：cross_entropy_error(softmax(predict(x)), t)，一个浮点数。
        x: (2,) 或 (N, 2)；t: 独热编码的目标 (3,) 或 (N, 3)。
""",
}

LINES = {}
