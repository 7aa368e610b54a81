"""Chinese for what autograder/questions/hw2_two_layer_net.py declares (see __init__.py)."""

ZH = {
    'a 1-D array':
        '一维数组',
    'a 2-D batch':
        '二维的一批数据',
    'a 3-D array of whole numbers':
        '由整数组成的三维数组',
    'changing the input in place':
        '原地修改了输入',
    "return a new array (np.maximum(0, x)); `x[x < 0] = 0` overwrites the caller's data.":
        '返回一个新数组（np.maximum(0, x)）；`x[x < 0] = 0` 会覆盖调用者的数据。',
    'returning the mask x > 0':
        '返回了掩码 x > 0',
    "that is relu's derivative; relu keeps the positive values themselves.":
        '那是 relu 的导数；relu 要保留正值本身。',
    'predict on a batch of 3':
        '对 3 个样本做 predict',
    'loss on a batch of 3':
        '对 3 个样本计算 loss',
    'gradient on a batch of 3':
        '对 3 个样本计算梯度',
    'predict on a batch of 8':
        '对 8 个样本做 predict',
    'predict with scores in the thousands':
        '得分在几千量级时的 predict',
    'loss on a batch of 8':
        '对 8 个样本计算 loss',
    'accuracy with one-hot targets':
        '目标为独热编码时的 accuracy',
    'accuracy with (N,) labels':
        '目标为 (N,) 标签时的 accuracy',
    'gradient on a batch of 10':
        '对 10 个样本计算梯度',
    'gradient on a batch of 1':
        '对 1 个样本计算梯度',
    'numerical_gradient on a batch of 3':
        '对 3 个样本做 numerical_gradient',
    'a softmax over the whole batch':
        '对整批数据做 softmax',
    'normalise each row of scores on its own (softmax(x) of the given code does); one sum over the batch gives a wrong loss that a gradient check cannot catch.':
        '每一行得分单独归一化（给出的代码中 softmax(x) 就是这样做的）；对整批求一个和会得到错误的损失，而梯度检验发现不了这个错误。',
    'no max subtraction in the softmax':
        'softmax 中没有减去最大值',
    "subtract each row's maximum score before np.exp (or call the given softmax).":
        '在 np.exp 之前先减去每一行的最大得分（或者直接调用给出的 softmax）。',
    'cross_entropy_error arguments swapped':
        'cross_entropy_error 的参数顺序颠倒',
    'call cross_entropy_error(y, t): predictions first, targets second.':
        '要调用 cross_entropy_error(y, t)：预测值在前，目标在后。',
    'a count instead of a fraction':
        '返回了个数而不是比例',
    'divide the number of correct rows by the number of rows.':
        '用预测正确的行数除以总行数。',
    'gradient not divided by the batch size':
        '梯度没有除以批大小',
    'the gradient at the scores is (p - t) / N for a loss that is a mean over N rows.':
        '损失是 N 行的平均值，所以得分处的梯度是 (p - t) / N。',
    'ReLU not backpropagated':
        'ReLU 没有做反向传播',
    'multiply the gradient reaching the hidden layer by (a1 > 0): ReLU blocks it where its input was not positive.':
        '传到隐藏层的梯度要乘以 (a1 > 0)：ReLU 在输入不为正的地方会截断梯度。',
    'a sigmoid derivative in a ReLU network':
        'ReLU 网络里用了 sigmoid 的导数',
    'the hidden layer is ReLU: its derivative is (a1 > 0), not sigmoid(a1) * (1 - sigmoid(a1)).':
        '隐藏层是 ReLU：它的导数是 (a1 > 0)，不是 sigmoid(a1) * (1 - sigmoid(a1))。',
    "a sigmoid hidden layer (the book's chapter-4 net)":
        '隐藏层用了 sigmoid（书中第 4 章的网络）',
    "this net's hidden layer is ReLU: relu(x W1 + b1) forward, and the gradient times (a1 > 0) backward.":
        '这个网络的隐藏层是 ReLU：正向传播算 relu(x W1 + b1)，反向传播时梯度乘以 (a1 > 0)。',
    "predict returning raw scores (the book's chapter-5 net)":
        'predict 返回原始得分（书中第 5 章的网络）',
    "predict returns probabilities: softmax of the last layer's scores, each row on its own.":
        'predict 返回的是概率：最后一层得分的 softmax，每一行单独计算。',
    '200 steps on the MNIST grading subset, test accuracy at least 0.85':
        '在 MNIST 评分子集上训练 200 步，测试准确率至少 0.85',
    'losses':
        '损失值',
    'network.params did not change: update them in place (network.params[key] -= learning_rate * grads[key]) or assign the new arrays to network.params[key]':
        'network.params 没有变化：请原地更新（network.params[key] -= learning_rate * grads[key]），或者把新数组赋给 network.params[key]',
    'test accuracy':
        '测试准确率',
    "the network's params and batch":
        '网络的参数 params 和这一批数据',
}
