"""Chinese for what several questions of hw4_logistic_regression declare alike;
each question's own texts are translated in its module (see __init__.py)."""

ZH = {
    'one example':
        '单个样本',
    'b left out of A':
        'A 中漏掉了 b',
    'A = sigmoid(w^T X + b).':
        'A = sigmoid(w^T X + b)。',
}
