"""Chinese for what autograder/questions/hw6_curve_fitting/ declares (see __init__.py)."""

ZH = {
    "the seed's fit of sin(x), 2000 epochs":
        '示例中对 sin(x) 的拟合，2000 轮',
    "summed squared error of the returned fit divided by the least-squares optimum's":
        '返回的拟合结果的误差平方和与最小二乘最优解的误差平方和之比',
    "the loss rose from one epoch to the next (is the step too large, or the gradient's sign wrong?)":
        '损失在相邻两轮之间上升了（是不是步长太大，或者梯度的符号错了？）',
    'a short run on a noisy cubic':
        '在带噪声的三次曲线上短时间训练',
    'another short run':
        '另一次短时间训练',
    'factor 2 missing in the gradient':
        '梯度中漏掉了系数 2',
    'the derivative of (y_pred - y) ** 2 is 2 * (y_pred - y) times the derivative of y_pred.':
        '(y_pred - y) ** 2 的导数是 2 * (y_pred - y) 乘以 y_pred 的导数。',
    'mean instead of sum in the gradient':
        '梯度中用了平均而不是求和',
    'the loss is summed over the points, so is its gradient: np.sum, not np.mean.':
        '损失是对所有点求和的，它的梯度也是：用 np.sum，不是 np.mean。',
    'subtract learning_rate times the gradient.':
        '减去学习率乘以梯度。',
    'losses are the mean squared error':
        '损失记录成了均方误差',
    'record the summed squared error, np.sum((y_pred - y) ** 2), the loss the gradient is taken of.':
        '记录误差平方和 np.sum((y_pred - y) ** 2)，也就是求梯度的那个损失。',
    'loss recorded every 20 epochs only':
        '每 20 轮才记录一次损失',
    'append one loss per epoch.':
        '每一轮记录一个损失。',
    'reduction="mean"':
        'reduction="mean"',
    'reduction="sum"':
        'reduction="sum"',
    'the default reduction':
        '默认的 reduction',
    '(N, C) arrays, reduction="sum"':
        '(N, C) 的数组，reduction="sum"',
    '(N, C) arrays, reduction="mean"':
        '(N, C) 的数组，reduction="mean"',
    'reduction ignored':
        '忽略了 reduction',
    'sum when reduction="sum", average when "mean".':
        'reduction="sum" 时求和，为 "mean" 时求平均。',
    '"mean" and "sum" swapped':
        '"mean" 和 "sum" 弄反了',
    '"mean" averages over all entries, "sum" adds them.':
        '"mean" 对所有元素求平均，"sum" 把它们加起来。',
    'differences not made absolute':
        '差值没有取绝对值',
    'take np.abs(pred - target).':
        '要取 np.abs(pred - target)。',
    'differences squared':
        '差值做了平方',
    'the L1 loss uses absolute differences.':
        'L1 损失用的是差值的绝对值。',
    'absolute differences instead of squares':
        '用了绝对值而不是平方',
    'square (pred - target); absolute differences are the L1 loss.':
        '对 (pred - target) 求平方；差值的绝对值是 L1 损失。',
    'square root taken':
        '开了平方根',
    "the seed's Conv2d(kernel 5, stride 1, padding 2) on 32":
        '示例中 32 上的 Conv2d(kernel 5, stride 1, padding 2)',
    "the seed's MaxPool2d(2) on 32":
        '示例中 32 上的 MaxPool2d(2)',
    'default stride and padding':
        '默认的 stride 和 padding',
    'a window that does not divide evenly':
        '不能整除的窗口',
    'another uneven window':
        '另一个不能整除的窗口',
    'no floor (true division)':
        '没有向下取整（用了真除法）',
    'a window that does not fit is dropped: use //.':
        '放不下的窗口要丢掉：用 //。',
    'padding added on one side only':
        '只在一侧加了 padding',
    'padding is added on both sides: size + 2 * padding.':
        'padding 要加在两侧：size + 2 * padding。',
    '+ 1 missing':
        '漏掉了 + 1',
    'the first window position counts too: ... // stride + 1.':
        '第一个窗口位置也要算上：... // stride + 1。',
    "the seed's CNN":
        '示例中的 CNN',
    'each Conv2d and Linear layer has one bias per output channel or unit.':
        '每个 Conv2d 层和 Linear 层的每个输出通道或单元都有一个偏置。',
    'convolution biases not counted':
        '没有计算卷积层的偏置',
    'a Conv2d(c_in, c_out, k) has c_out biases besides its c_out * c_in * k * k weights.':
        'Conv2d(c_in, c_out, k) 除了 c_out * c_in * k * k 个权重之外，还有 c_out 个偏置。',
    'kernels counted as k, not k x k':
        '卷积核按 k 而不是 k x k 计算',
    'a k x k kernel over c_in channels has c_in * k * k weights.':
        '在 c_in 个通道上的 k x k 卷积核有 c_in * k * k 个权重。',
    'the default learning_rate and epochs':
        '使用默认的 learning_rate 和 epochs',
}
