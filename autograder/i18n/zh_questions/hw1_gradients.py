"""Chinese for what several questions of hw1_gradients declare alike;
each question's own texts are translated in its module (see __init__.py)."""

ZH = {
    'forward difference':
        '用了前向差分',
    'operator precedence in `/ 2*h`':
        '`/ 2*h` 的运算符优先级错误',
    'one sample, shape (C,)':
        '单个样本，形状 (C,)',
    'a batch, shape (N, C)':
        '一批样本，形状 (N, C)',
}
