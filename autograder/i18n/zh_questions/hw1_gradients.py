"""Chinese for what autograder/questions/hw1_gradients/ declares (see __init__.py)."""

ZH = {
    'sin(a x) + b x^3 at a point':
        '在某一点处的 sin(a x) + b x^3',
    'a x^2 + b x at a random point':
        '在随机点处的 a x^2 + b x',
    'sin(a x) + b x^3 at a random point':
        '在随机点处的 sin(a x) + b x^3',
    'forward difference':
        '用了前向差分',
    'use (f(x + h) - f(x - h)) / (2 * h).':
        '请用中心差分 (f(x + h) - f(x - h)) / (2 * h)。',
    'operator precedence in `/ 2*h`':
        '`/ 2*h` 的运算符优先级错误',
    'write `/ (2 * h)`: `/ 2*h` multiplies by h.':
        '要写成 `/ (2 * h)`：`/ 2*h` 会先除以 2 再乘以 h。',
    'a step h far too small, or the same point on both sides':
        '步长 h 太小，或两侧取了同一个点',
    'use h = 1e-4 and (f(x + h) - f(x - h)) / (2 * h): with h = 1e-50, x + h rounds to x, and either way the difference is 0.':
        '请取 h = 1e-4，并用 (f(x + h) - f(x - h)) / (2 * h)：h = 1e-50 时 x + h 舍入后就等于 x，两种情况下差值都是 0。',
    'a 1-D x':
        '一维的 x',
    'a 2-D x':
        '二维的 x',
    'a 3-D x':
        '三维的 x',
    'f ignores its argument and reads x itself, like `lambda w: net.loss(x, t)`':
        'f 不用自己的参数，而是直接读取 x，例如 `lambda w: net.loss(x, t)`',
    'write `/ (2 * h)`.':
        '要写成 `/ (2 * h)`。',
    'perturbing a copy of x':
        '扰动的是 x 的副本',
    'nudge x itself and restore each entry: f may read the array it closes over instead of its argument.':
        '要直接修改 x 本身，并在算完后恢复每个元素：f 读取的可能是它闭包里的那个数组，而不是它的参数。',
    'the same nudge on both sides (`+ h` twice, or `- h` twice)':
        '两侧用了同一个偏移（两次都是 `+ h`，或两次都是 `- h`）',
    'evaluate f once at x[idx] + h and once at x[idx] - h: the same point twice gives 0.':
        '要在 x[idx] + h 处算一次 f，再在 x[idx] - h 处算一次：同一个点算两次，差值是 0。',
    'f called on one entry':
        '只对一个元素调用 f',
    'call f on the whole array, f(x), after nudging x[idx]; f(x[idx]) sees a single number.':
        '修改 x[idx] 之后要对整个数组调用 f(x)；f(x[idx]) 只看到一个数。',
    '1-D-only indexing':
        '只支持一维的索引方式',
    "x may have any number of dimensions: loop over every index with np.nditer(x, flags=['multi_index']) or np.ndindex(x.shape).":
        "x 可以是任意维数：用 np.nditer(x, flags=['multi_index']) 或 np.ndindex(x.shape) 遍历每一个下标。",
    "a gradient row by row (the book's numerical_gradient_2d)":
        '逐行计算梯度（书中的 numerical_gradient_2d）',
    'x is one point with any number of dimensions, not a batch of rows: nudge one entry at a time and call f on the whole array x (np.nditer or np.ndindex over x.shape).':
        'x 是一个任意维数的点，而不是按行组织的一批数据：每次只扰动一个元素，并对整个数组 x 调用 f（用 np.nditer 或 np.ndindex 遍历 x.shape）。',
    'x not restored':
        '没有恢复 x',
    'put each entry back to its original value after nudging it.':
        '扰动每个元素之后，要把它恢复成原来的值。',
    'use central differences: (f(x+h) - f(x-h)) / (2h).':
        '请用中心差分：(f(x+h) - f(x-h)) / (2h)。',
    'a quadratic bowl, 1-D start':
        '二次碗形函数，一维起点',
    'a quadratic bowl, 2-D start':
        '二次碗形函数，二维起点',
    'a wavy function':
        '波浪形的函数',
    'the learning rate `lr` ignored':
        '忽略了学习率 `lr`',
    'step by `lr * grad` with the `lr` passed in, not a fixed 0.01.':
        '每一步按传入的 `lr` 走 `lr * grad`，不要用固定的 0.01。',
    'a `return` inside the loop':
        '循环内部写了 `return`',
    'return x after the loop, once all `step_num` steps are taken.':
        '等 `step_num` 步全部走完，在循环结束后再返回 x。',
    'the starting point returned':
        '返回了起点',
    'return the array the steps updated.':
        '返回被更新过的那个数组。',
    'one sample, shape (C,)':
        '单个样本，形状 (C,)',
    'a batch, shape (N, C)':
        '一批样本，形状 (N, C)',
    'a batch of logits near 1000':
        'logits 接近 1000 的一批样本',
    'one sample with logits near 1000':
        'logits 接近 1000 的单个样本',
    'rows of very different size in one batch':
        '同一批中各行数值大小相差很大',
    'a square batch (N = C)':
        '方形的一批样本（N = C）',
    'no max subtraction':
        '没有减去最大值',
    "subtract each row's maximum before np.exp; exp(1000) overflows.":
        '在 np.exp 之前先减去每一行的最大值；exp(1000) 会溢出。',
    'one max for the whole batch':
        '整批只减去一个最大值',
    "subtract each row's own maximum (np.max(x, axis=-1, keepdims=True)).":
        '每一行减去它自己的最大值（np.max(x, axis=-1, keepdims=True)）。',
    'normalising over the whole batch':
        '对整批数据做归一化',
    'divide each row by its own sum (and check that no early `return` skips the batch branch).':
        '每一行除以它自己的和（并检查是否有提前的 `return` 跳过了批量处理的分支）。',
    'normalising over columns':
        '按列做归一化',
    'sum over the last axis (classes), not axis 0.':
        '沿最后一个轴（类别）求和，而不是沿 axis 0。',
    '`axis=1` sums without keepdims':
        '`axis=1` 求和时没有 keepdims',
    'keep the summed axis, np.sum(e, axis=1, keepdims=True): an (N,) sum divides the columns, or fails to broadcast.':
        '保留求和的那个轴，np.sum(e, axis=1, keepdims=True)：形状为 (N,) 的和会错误地按列相除，或者根本无法广播。',
    'x modified in place':
        '原地修改了 x',
    "write `x = x - np.max(...)`, not `x -= ...`: the caller's array must keep its values.":
        '要写 `x = x - np.max(...)`，不要写 `x -= ...`：调用者传入的数组必须保持原值。',
    'zero probabilities at non-target classes':
        '非目标类别的概率为零',
    'zero probability at the target class':
        '目标类别的概率为零',
    'one sample with a zero probability':
        '某个概率为零的单个样本',
    'no 1e-7 inside the log':
        'log 里面没有加 1e-7',
    'use np.log(p + 1e-7): log 0 is -inf and 0 * log 0 is nan.':
        '请用 np.log(p + 1e-7)：log 0 是 -inf，而 0 * log 0 是 nan。',
    '1e-7 added outside the log':
        '1e-7 加在了 log 外面',
    'the constant goes inside the log, np.log(p + 1e-7). Outside it shifts the loss by a fixed amount (small, so it can look like rounding, but not rounding: the result is wrong by that constant), and log 0 stays -inf, so a zero probability gives inf or nan.':
        '这个常数要加在 log 里面，np.log(p + 1e-7)。加在外面会让损失整体偏移一个固定量（很小，看上去像舍入误差，但并不是：结果恰好差了这个常数），而且 log 0 仍然是 -inf，概率为零时会得到 inf 或 nan。',
    'targets taken as integer labels':
        '把目标当成了整数标签',
    'y is one-hot, shaped like p: use -np.sum(y * np.log(p + 1e-7)) / N, or turn y into labels first with y.argmax(axis=-1) (the indices p[rows, y] must be integers).':
        'y 是独热编码，形状与 p 相同：请用 -np.sum(y * np.log(p + 1e-7)) / N，或者先用 y.argmax(axis=-1) 把 y 转成标签（p[rows, y] 中的下标必须是整数）。',
    "batch size taken from a 1-D array's length":
        '批大小取成了一维数组的长度',
    'reshape a (C,) input to (1, C) before counting samples.':
        '数样本个数之前，先把形状为 (C,) 的输入 reshape 成 (1, C)。',
    'sum instead of mean over the batch':
        '对批次求和而不是求平均',
    'divide by the number of samples.':
        '要除以样本数。',
    'mean over every entry':
        '对所有元素求平均',
    'sum over the classes, then divide by the number of samples: np.mean over (N, C) also divides by C.':
        '先对类别求和，再除以样本数：对 (N, C) 用 np.mean 还会多除以 C。',
    'one sample x of shape (2,)':
        '单个样本 x，形状 (2,)',
    'a batch x of shape (N, 2)':
        '一批样本 x，形状 (N, 2)',
    'loss without softmax':
        '损失没有经过 softmax',
    'loss is cross_entropy_error(softmax(predict(x)), t): the scores must become probabilities first.':
        '损失是 cross_entropy_error(softmax(predict(x)), t)：得分要先变成概率。',
    'softmax inside predict':
        '在 predict 里做了 softmax',
    'predict returns the scores x W; apply softmax in loss.':
        'predict 返回得分 x W；softmax 应放在 loss 里。',
    'the default lr and step_num':
        '使用默认的 lr 和 step_num',
    'a batch with a spread of about 800 within each row':
        '每一行内部数值相差约 800 的一批样本',
    'one sample with a spread of about 800':
        '数值相差约 800 的单个样本',
}
