"""Chinese for what autograder/questions/hw4_logistic_regression/ declares (see __init__.py)."""

ZH = {
    'an array':
        '一个数组',
    'a float':
        '一个浮点数',
    '|z| up to about 50':
        '|z| 最大约为 50',
    'a sign error':
        '符号错误',
    'sigmoid(z) = 1 / (1 + np.exp(-z)): note the minus.':
        'sigmoid(z) = 1 / (1 + np.exp(-z))：注意负号。',
    'operator precedence':
        '运算符优先级',
    'write 1 / (1 + np.exp(-z)); `1/1 + np.exp(-z)` divides first.':
        '要写 1 / (1 + np.exp(-z))；`1/1 + np.exp(-z)` 会先做除法。',
    'dim = 2':
        'dim = 2',
    'a random dim':
        '随机的 dim',
    'dim = 1':
        'dim = 1',
    'w of shape (dim,)':
        'w 的形状为 (dim,)',
    'use np.zeros((dim, 1)): a column vector.':
        '请用 np.zeros((dim, 1))：一个列向量。',
    'w of shape (1, dim)':
        'w 的形状为 (1, dim)',
    'w is a column: np.zeros((dim, 1)).':
        'w 是列向量：np.zeros((dim, 1))。',
    '3 features, 4 examples':
        '3 个特征，4 个样本',
    '5 features, 9 examples':
        '5 个特征，9 个样本',
    '8 features, 3 examples':
        '8 个特征，3 个样本',
    'one example':
        '单个样本',
    'm = X.shape[0]':
        'm = X.shape[0]',
    'examples are the columns of X: m = X.shape[1].':
        '样本是 X 的各列：m = X.shape[1]。',
    "the cost's sign":
        '代价的符号',
    'cost = -(1/m) * sum(Y log A + (1 - Y) log(1 - A)).':
        'cost = -(1/m) * sum(Y log A + (1 - Y) log(1 - A))。',
    'gradients not divided by m':
        '梯度没有除以 m',
    'dw = X (A - Y)^T / m and db = sum(A - Y) / m.':
        'dw = X (A - Y)^T / m，db = sum(A - Y) / m。',
    'b left out of A':
        'A 中漏掉了 b',
    'A = sigmoid(w^T X + b).':
        'A = sigmoid(w^T X + b)。',
    '201 iterations (costs at 0, 100, 200)':
        '迭代 201 次（在第 0、100、200 次记录代价）',
    '101 iterations (costs at 0 and 100)':
        '迭代 101 次（在第 0 和 100 次记录代价）',
    '100 iterations (one cost)':
        '迭代 100 次（一个代价）',
    'print_cost=True':
        'print_cost=True',
    'return after the loop: the function stops after one iteration.':
        '要在循环结束后再返回：现在函数迭代一次就停止了。',
    'a cost recorded every iteration':
        '每次迭代都记录了代价',
    'record the cost only when i % 100 == 0.':
        '只在 i % 100 == 0 时记录代价。',
    '3 examples':
        '3 个样本',
    'probabilities of exactly 1.0 and nearly 0':
        '概率恰好为 1.0 或接近 0',
    '20 examples':
        '20 个样本',
    'predictions shaped (m, 1)':
        '预测结果的形状为 (m, 1)',
    'return a row: shape (1, m), like Y.':
        '要返回一行：形状 (1, m)，与 Y 相同。',
    'np.floor(A / 0.5)':
        'np.floor(A / 0.5)',
    'it gives 2 where A = 1.0; use (A > 0.5).':
        'A = 1.0 时它会得到 2；请用 (A > 0.5)。',
    'probabilities returned instead of 0/1 labels':
        '返回了概率而不是 0/1 标签',
    'predict returns labels: 1.0 where A > 0.5, else 0.0 (for example (A > 0.5).astype(float)).':
        'predict 返回标签：A > 0.5 处为 1.0，否则为 0.0（例如 (A > 0.5).astype(float)）。',
    'w used as a row vector':
        '把 w 当成了行向量',
    'w has shape (n, 1), a column: the scores are np.dot(w.T, X) + b, of shape (1, m).':
        'w 的形状是 (n, 1)，是列向量：得分为 np.dot(w.T, X) + b，形状为 (1, m)。',
    'small random data, 300 iterations at learning rate 0.1':
        '小规模随机数据，学习率 0.1，迭代 300 次',
    'the cat / non-cat images, 2000 iterations: training accuracy at least 0.96, test accuracy at least 0.68':
        '猫 / 非猫图片，迭代 2000 次：训练准确率至少 0.96，测试准确率至少 0.68',
    'costs':
        '代价',
    'training accuracy':
        '训练准确率',
    'num_iterations and learning_rate not passed on':
        '没有传递 num_iterations 和 learning_rate',
    "call optimize with model's own num_iterations and learning_rate, not fixed numbers.":
        '调用 optimize 时要传入 model 自己的 num_iterations 和 learning_rate，而不是固定的数。',
    'training and test predictions swapped':
        '训练集和测试集的预测结果弄反了',
    'Y_prediction_train comes from X_train, Y_prediction_test from X_test.':
        'Y_prediction_train 来自 X_train，Y_prediction_test 来自 X_test。',
    'predicting with the initial parameters':
        '用初始参数做预测',
    'take w and b from the params optimize returns.':
        '使用 optimize 返回的 params 中的 w 和 b。',
    'print_cost left out (its default)':
        '不传 print_cost（使用默认值）',
    'w = 0 and b = 0: every probability exactly 0.5':
        'w = 0 且 b = 0：每个概率都恰好是 0.5',
    'small random data, the default num_iterations and learning_rate':
        '小规模随机数据，使用默认的 num_iterations 和 learning_rate',
}
