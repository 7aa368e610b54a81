"""Chinese for what autograder/questions/hw3_neuron/ declares (see __init__.py)."""

ZH = {
    'one number':
        '单个数',
    'a 2-D array':
        '二维数组',
    'inputs of magnitude 100 to 800':
        '绝对值在 100 到 800 之间的输入',
    'sign of the exponent':
        '指数的符号错误',
    'sigmoid(x) = 1 / (1 + np.exp(-x)).':
        'sigmoid(x) = 1 / (1 + np.exp(-x))。',
    'exp(x) / (1 + exp(x)) overflows':
        'exp(x) / (1 + exp(x)) 会溢出',
    'for large positive x this is inf / inf; use 1 / (1 + np.exp(-x)).':
        'x 是很大的正数时这等于 inf / inf；请用 1 / (1 + np.exp(-x))。',
    "derivative written for the sigmoid's output":
        '导数按 sigmoid 的输出来写',
    "deriv_sigmoid takes the sigmoid's input x: compute s = sigmoid(x), then s * (1 - s).":
        'deriv_sigmoid 的参数是 sigmoid 的输入 x：先算 s = sigmoid(x)，再算 s * (1 - s)。',
    's * (1 + s)':
        '写成了 s * (1 + s)',
    'the derivative is sigmoid(x) * (1 - sigmoid(x)).':
        '导数是 sigmoid(x) * (1 - sigmoid(x))。',
    'two (n,) vectors':
        '两个形状为 (n,) 的向量',
    'y_true (n,) and y_pred (n, 1), as in the seed':
        'y_true 为 (n,)、y_pred 为 (n, 1)，与给出的示例相同',
    'y_true (n, 1) and y_pred (n,)':
        'y_true 为 (n, 1)、y_pred 为 (n,)',
    'two (n, 1) vectors':
        '两个形状为 (n, 1) 的向量',
    'longer (n,) vectors':
        '更长的 (n,) 向量',
    'broadcasting (n,) against (n, 1) into an (n, n) matrix':
        '(n,) 与 (n, 1) 广播成了 (n, n) 的矩阵',
    'bring both to the same 1-D shape first (np.ravel or .reshape(-1)) before subtracting.':
        '相减之前先把两者变成相同的一维形状（np.ravel 或 .reshape(-1)）。',
    'y_pred.T: right for y_pred (n, 1) only, (n, n) for the other shapes':
        'y_pred.T：只对形状为 (n, 1) 的 y_pred 成立，其他形状都会广播成 (n, n)',
    'sum instead of mean':
        '求和而不是求平均',
    'divide by the number of values (np.mean).':
        '要除以元素个数（np.mean）。',
    'differences not squared':
        '差值没有平方',
    'square the differences before averaging.':
        '求平均之前先把差值平方。',
    'feedforward on single samples':
        '对单个样本做前向传播',
    "train on the seed's four people, 5 epochs":
        '用示例中的四个人训练 5 轮',
    'train on random people':
        '用随机生成的人训练',
    'train on random people, other rate':
        '用随机生成的人、换一个学习率训练',
    "train on the seed's four people, 100 epochs":
        '用示例中的四个人训练 100 轮',
    'deriv_sigmoid applied to the output':
        'deriv_sigmoid 作用在了输出上',
    "the chain rule needs the slope at the sigmoid's input: deriv_sigmoid(z) with z = w . x + b, not deriv_sigmoid(y_pred).":
        '链式法则需要的是 sigmoid 输入处的斜率：deriv_sigmoid(z)，其中 z = w . x + b，而不是 deriv_sigmoid(y_pred)。',
    'gradient ascent (sign of d loss / d y_pred)':
        '梯度上升（d loss / d y_pred 的符号错误）',
    'the derivative of (y_true - y_pred) ** 2 with respect to y_pred is -2 * (y_true - y_pred); step against it.':
        '(y_true - y_pred) ** 2 对 y_pred 的导数是 -2 * (y_true - y_pred)；要沿它的反方向更新。',
    'loss recorded every 10 epochs only':
        '每 10 轮才记录一次损失',
    'append one loss per epoch: train returns `epochs` losses.':
        '每一轮记录一个损失：train 要返回 `epochs` 个损失值。',
    "loss averaged over the epoch's samples while training":
        '训练时对这一轮的样本损失求平均',
    'record the loss after each epoch, on all of `data` with the updated weights.':
        '每一轮结束后，用更新后的权重在全部 `data` 上计算并记录损失。',
    'one full-batch step per epoch':
        '每一轮只做一次全批量更新',
    'update after every sample, in order (stochastic gradient descent).':
        '每个样本之后都要按顺序更新一次（随机梯度下降）。',
    'train with the default learn_rate and epochs':
        '用默认的 learn_rate 和 epochs 训练',
}
