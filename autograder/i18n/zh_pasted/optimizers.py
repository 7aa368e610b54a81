"""Chinese of reference/optimizers.py where the hw5 notebooks paste it."""

MODULE = "reference.optimizers"

DOCSTRINGS = {
    "sgd": """
最基本的随机梯度下降：w - learning_rate * dw。

config："learning_rate"（默认 1e-2）。
""",
    "sgd_momentum": """
带动量的 SGD，动量取梯度的指数移动平均。

velocity <- momentum * velocity + (1 - momentum) * dw，然后
w <- w - learning_rate * velocity。

config："learning_rate"（默认 1e-2）、"momentum"（默认 0.9），
状态 "velocity"（初始为与 w 形状相同的全零数组）。
""",
    "adagrad": """
Adagrad：每一步除以该元素历次梯度平方和的平方根。

cache <- cache + dw ** 2，然后
w <- w - learning_rate * dw / (sqrt(cache) + epsilon)。

config："learning_rate"（默认 1e-2）、"epsilon"（默认 1e-8），
状态 "cache"（初始为与 w 形状相同的全零数组）。
""",
    "rmsprop": """
RMSProp：与 Adagrad 类似，但用梯度平方的衰减平均。

cache <- decay_rate * cache + (1 - decay_rate) * dw ** 2，然后
w <- w - learning_rate * dw / (sqrt(cache) + epsilon)。

config："learning_rate"（默认 1e-2）、"decay_rate"（默认 0.99）、
"epsilon"（默认 1e-8），状态 "cache"（初始为与 w 形状相同的全零数组）。
""",
    "adam": """
Adam：梯度及其平方的移动平均，并做偏差修正。

t <- t + 1（t 是已走的步数，所以第一步用 t = 1）；
m <- beta1 * m + (1 - beta1) * dw；  v <- beta2 * v + (1 - beta2) * dw ** 2；
m_hat = m / (1 - beta1 ** t)；  v_hat = v / (1 - beta2 ** t)；
w <- w - learning_rate * m_hat / (sqrt(v_hat) + epsilon)。

config："learning_rate"（默认 1e-3）、"beta1"（默认 0.9）、
"beta2"（默认 0.999）、"epsilon"（默认 1e-8），状态 "m" 和 "v"
（初始为与 w 形状相同的全零数组）以及 "t"（初始为 0）。
""",
}

LINES = {}
