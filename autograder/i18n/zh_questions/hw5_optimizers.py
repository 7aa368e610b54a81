"""Chinese for what autograder/questions/hw5_optimizers/ declares (see __init__.py)."""

ZH = {
    "the seed's schedule (0.2, 0.99, one step per decay)":
        '示例中的衰减方式（0.2、0.99，每步衰减一次）',
    'a step between two decays':
        '两次衰减之间的某一步',
    'another step between two decays':
        '两次衰减之间的另一步',
    'step 0':
        '第 0 步',
    'a few steps, 2 to 5 per decay':
        '少数几步，每 2 到 5 步衰减一次',
    'staircase decay (integer division)':
        '阶梯式衰减（整除）',
    "the contract's decay is smooth: decay_rate ** (global_step / decay_steps), with /, not //.":
        '作业规定的衰减是连续的：decay_rate ** (global_step / decay_steps)，用 /，不是 //。',
    'decay_steps ignored':
        '忽略了 decay_steps',
    'divide the step by decay_steps in the exponent.':
        '指数中要用步数除以 decay_steps。',
    'exponent inverted':
        '指数写反了',
    'the exponent is global_step / decay_steps.':
        '指数是 global_step / decay_steps。',
    'two vectors':
        '两个向量',
    'two (N, 1) columns':
        '两个 (N, 1) 的列向量',
    'two (N, C) arrays':
        '两个 (N, C) 的数组',
    'average over all entries (np.mean).':
        '对所有元素求平均（np.mean）。',
    'square the differences.':
        '要把差值平方。',
    'square root taken (RMSE)':
        '开了平方根（RMSE）',
    'the MSE has no square root.':
        '均方误差不开平方根。',
    "the seed's prices (cost 1, profit 99 by default)":
        '示例中的价格（默认成本 1，利润 99）',
    '(32, 1) sales with default prices':
        '(32, 1) 的销量，默认价格',
    'other prices given as keywords':
        '用关键字参数给出的其他价格',
    'cost and profit swapped':
        '成本和利润弄反了',
    'over-prediction (y_pred > y_true) costs `cost` per unit; under-prediction loses `profit` per unit.':
        '预测多了（y_pred > y_true）每单位损失 `cost`；预测少了每单位损失 `profit`。',
    'mean instead of sum':
        '求平均而不是求和',
    'the loss is summed over all entries.':
        '损失是对所有元素求和。',
    'negative terms for under-prediction':
        '预测偏少的项是负的',
    'each term is a positive amount: profit * (y_true - y_pred) where the prediction is too low.':
        '每一项都是正的：预测偏低时为 profit * (y_true - y_pred)。',
    'one weight matrix':
        '一个权重矩阵',
    'W1 (D, H) and W2 (H, C)':
        'W1 (D, H) 和 W2 (H, C)',
    'arrays of mixed ranks':
        '维数不同的多个数组',
    'the factor 1/2 missing':
        '漏掉了系数 1/2',
    'the penalty is lam / 2 times the sum of squares.':
        '惩罚项是 lam / 2 乘以平方和。',
    'norms instead of squared norms':
        '用了范数而不是范数的平方',
    'sum the squares of the entries (np.sum(w ** 2)), not np.linalg.norm(w).':
        '对各元素的平方求和（np.sum(w ** 2)），而不是 np.linalg.norm(w)。',
    'only the first array counted':
        '只算了第一个数组',
    'add the squares of every array in the list.':
        '把列表中每个数组的平方都加上。',
    '[784, 50, 10]':
        '[784, 50, 10]',
    'a random deeper network':
        '随机生成的更深的网络',
    'one layer, [3, 1]':
        '一层，[3, 1]',
    'biases not counted':
        '没有计算偏置',
    'every layer after the input has one bias per unit.':
        '输入层之后的每一层，每个单元都有一个偏置。',
    'biases counted for the input layer too':
        '输入层也计算了偏置',
    'only the layers after the input have biases.':
        '只有输入层之后的层才有偏置。',
    'one bias per input unit':
        '每个输入单元一个偏置',
    'a layer has one bias per output unit (n_out).':
        '每一层的偏置个数等于输出单元数（n_out）。',
    'a fresh config (none passed), 3 steps':
        '新的 config（不传入），3 步',
    'a fresh config, 5 steps':
        '新的 config，5 步',
    'user-given hyper-parameters in config, 3 steps':
        'config 中给出了超参数，3 步',
    'learning_rate from config ignored':
        '忽略了 config 中的 learning_rate',
    "read the rate from config['learning_rate'] (config.setdefault fills the default 1e-2).":
        "从 config['learning_rate'] 读取学习率（config.setdefault 会填入默认值 1e-2）。",
    'step along the gradient':
        '沿梯度方向走了一步',
    'w - learning_rate * dw goes downhill.':
        'w - learning_rate * dw 才是下坡方向。',
    'resuming from a given state, 2 steps':
        '从给定的状态继续，2 步',
    "CS231n's velocity form (v = momentum v - lr dw, w + v)":
        'CS231n 的速度形式（v = momentum v - lr dw，w + v）',
    "the contract's velocity is a moving average: v = momentum * v + (1 - momentum) * dw, then w - learning_rate * v.":
        '作业规定的速度是滑动平均：v = momentum * v + (1 - momentum) * dw，然后 w - learning_rate * v。',
    "PyTorch's velocity form (v = momentum v + dw)":
        'PyTorch 的速度形式（v = momentum v + dw）',
    "the contract's velocity is momentum * v + (1 - momentum) * dw.":
        '作业规定的速度是 momentum * v + (1 - momentum) * dw。',
    'momentum and 1 - momentum swapped':
        'momentum 和 1 - momentum 弄反了',
    'the old velocity is weighted by momentum, the new gradient by 1 - momentum.':
        '旧的速度乘以 momentum，新的梯度乘以 1 - momentum。',
    'velocity not stored in config':
        '速度没有存回 config',
    "write the new velocity back: config['velocity'] = v.":
        "把新的速度写回去：config['velocity'] = v。",
    'cache not accumulated':
        'cache 没有累加',
    'Adagrad adds every squared gradient: cache = cache + dw ** 2.':
        'Adagrad 要累加每一次梯度的平方：cache = cache + dw ** 2。',
    'square root of the cache missing':
        '漏掉了对 cache 开平方根',
    'divide by np.sqrt(cache) + epsilon.':
        '要除以 np.sqrt(cache) + epsilon。',
    'cache not stored in config':
        'cache 没有存回 config',
    "write the new cache back: config['cache'].":
        "把新的 cache 写回 config['cache']。",
    'decay_rate and 1 - decay_rate swapped':
        'decay_rate 和 1 - decay_rate 弄反了',
    'cache = decay_rate * cache + (1 - decay_rate) * dw ** 2.':
        'cache = decay_rate * cache + (1 - decay_rate) * dw ** 2。',
    'cache summed like Adagrad':
        '像 Adagrad 那样对 cache 求和',
    'RMSProp decays the old cache: decay_rate * cache + (1 - decay_rate) * dw ** 2.':
        'RMSProp 会让旧的 cache 衰减：decay_rate * cache + (1 - decay_rate) * dw ** 2。',
    'no bias correction':
        '没有做偏差修正',
    'divide m by 1 - beta1 ** t and v by 1 - beta2 ** t.':
        'm 要除以 1 - beta1 ** t，v 要除以 1 - beta2 ** t。',
    'no bias correction, and t not stored in config':
        '没有做偏差修正，t 也没有存回 config',
    "divide m by 1 - beta1 ** t and v by 1 - beta2 ** t, with t = config['t'] + 1 stored back in config['t'] at every step.":
        "m 除以 1 - beta1 ** t，v 除以 1 - beta2 ** t，其中 t = config['t'] + 1，并且每一步都存回 config['t']。",
    't starting at 1 (the first step uses t = 2)':
        't 从 1 开始（第一步用的是 t = 2）',
    'a fresh config starts at t = 0 and t is incremented before the bias correction, so the first step uses t = 1.':
        '新的 config 从 t = 0 开始，并且在偏差修正之前先让 t 加 1，所以第一步用的是 t = 1。',
    't incremented after its use':
        't 在使用之后才加 1',
    'increment t before the bias correction: with t = 0, 1 - beta ** 0 is 0 and the step is nan.':
        '在偏差修正之前先让 t 加 1：t = 0 时 1 - beta ** 0 为 0，这一步会得到 nan。',
    't never incremented':
        't 从未加 1',
    "add 1 to config['t'] at every step.":
        "每一步都要让 config['t'] 加 1。",
    'beta1 and beta2 swapped':
        'beta1 和 beta2 弄反了',
    'beta1 (0.9) averages the gradient, beta2 (0.999) its square.':
        'beta1（0.9）用于梯度的滑动平均，beta2（0.999）用于梯度平方的滑动平均。',
    'bias-corrected moments stored as the state':
        '把偏差修正后的矩估计存成了状态',
    'store the raw moving averages m and v; the corrected m_hat and v_hat are for this step only.':
        '存的应该是原始的滑动平均 m 和 v；修正后的 m_hat 和 v_hat 只用于这一步。',
    'state not stored in config':
        '状态没有存回 config',
    'write m, v and t back into config.':
        '把 m、v 和 t 写回 config。',
    'tiny gradient entries (below epsilon), 3 steps':
        '梯度元素极小（小于 epsilon），3 步',
    'with gradient entries below epsilon, next_w follows no accepted form: divide by np.sqrt(cache) + epsilon (or leave epsilon out, or put it inside the root)':
        '梯度元素小于 epsilon 时，next_w 不符合任何一种可接受的写法：应除以 np.sqrt(cache) + epsilon（或者不加 epsilon，或者把它放在根号里面）',
}
