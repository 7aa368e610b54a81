"""hw2_two_layer_net `two_layer_net`: its known mistakes, inputs and cases."""
import numpy as np

from reference import two_layer_net
from reference.softmax_classifier import cross_entropy_error, softmax

from ...checks import Close, RelativeError
from ...worker.protocol import PARAM_KEYS
from ..spec import Case, Mistake, Question
from .common import SMALL, VALUES, net_inputs


GRADIENT = RelativeError(1e-6)
NUMERICAL_GRADIENT = Close(rtol=1e-5, atol=1e-8)


class _Net(two_layer_net.TwoLayerNet):
    """The reference net with one step rewritten (see the subclasses below)."""

    def scores(self, x):
        hidden = np.maximum(0, np.dot(x, self.params["W1"]) + self.params["b1"])
        return np.dot(hidden, self.params["W2"]) + self.params["b2"]

    def backprop(self, x, t, relu_grad, batch_divisor):
        W1, b1, W2, b2 = (self.params[key] for key in PARAM_KEYS)
        a1 = np.dot(x, W1) + b1
        z1 = np.maximum(0, a1)
        d_scores = (softmax(np.dot(z1, W2) + b2) - t) / batch_divisor
        d_a1 = np.dot(d_scores, W2.T) * relu_grad(a1)
        return {"W1": np.dot(x.T, d_a1), "b1": np.sum(d_a1, axis=0),
                "W2": np.dot(z1.T, d_scores), "b2": np.sum(d_scores, axis=0)}


class _WholeBatchSoftmax(_Net):
    def predict(self, x):
        e = np.exp(self.scores(x) - np.max(self.scores(x)))
        return e / np.sum(e)


class _NoMaxSubtraction(_Net):
    def predict(self, x):
        e = np.exp(self.scores(x))
        return e / np.sum(e, axis=-1, keepdims=True)


class _LossArgumentsSwapped(_Net):
    def loss(self, x, t):
        return cross_entropy_error(t, self.predict(x))


class _AccuracyCount(_Net):
    def accuracy(self, x, t):
        labels = t if t.ndim == 1 else np.argmax(t, axis=1)
        return float(np.sum(np.argmax(self.predict(x), axis=1) == labels))


class _GradientNotAveraged(_Net):
    def gradient(self, x, t):
        return self.backprop(x, t, lambda a: a > 0, 1)


class _ReluNotBackpropagated(_Net):
    def gradient(self, x, t):
        return self.backprop(x, t, lambda a: 1.0, x.shape[0])


class _SigmoidBackward(_Net):
    def gradient(self, x, t):
        sigmoid = 1 / (1 + np.exp(-np.dot(x, self.params["W1"]) - self.params["b1"]))
        return self.backprop(x, t, lambda a: sigmoid * (1 - sigmoid), x.shape[0])


class _SigmoidHidden(_Net):
    """The book's chapter-4 net: a sigmoid hidden layer, forward and backward."""

    def hidden(self, x):
        return 1 / (1 + np.exp(-(np.dot(x, self.params["W1"]) + self.params["b1"])))

    def predict(self, x):
        return softmax(np.dot(self.hidden(x), self.params["W2"]) + self.params["b2"])

    def gradient(self, x, t):
        z1 = self.hidden(x)
        d_scores = (self.predict(x) - t) / x.shape[0]
        d_a1 = np.dot(d_scores, self.params["W2"].T) * z1 * (1 - z1)
        return {"W1": np.dot(x.T, d_a1), "b1": np.sum(d_a1, axis=0),
                "W2": np.dot(z1.T, d_scores), "b2": np.sum(d_scores, axis=0)}


class _RawScores(_Net):
    """The book's chapter-5 net: predict returns the scores; softmax only in the loss."""

    def predict(self, x):
        return self.scores(x)

    def loss(self, x, t):
        return cross_entropy_error(softmax(self.scores(x)), t)


def _method_case(label, method, inputs, checks, hidden=True, weight=1.0):
    return Case(label, "hw2.two_layer_net", inputs, checks,
                params={"method": method, "sizes": SMALL}, hidden=hidden, weight=weight,
                timeout=30.0)  # numerical_gradient: ~260 oracle calls (relu, softmax, loss)


def _gradient_checks(check):
    return {key: check for key in PARAM_KEYS}


QUESTION = Question("two_layer_net", 6, [
    _method_case("predict on a batch of 3", "predict", net_inputs(3), {"out": VALUES},
                 hidden=False),
    _method_case("loss on a batch of 3", "loss", net_inputs(3), {"out": VALUES}, hidden=False),
    _method_case("gradient on a batch of 3", "gradient", net_inputs(3),
                 _gradient_checks(GRADIENT), hidden=False, weight=2),
    _method_case("predict on a batch of 8", "predict", net_inputs(8), {"out": VALUES}),
    _method_case("predict with scores in the thousands", "predict",
                 net_inputs(6, weight_scale=20.0), {"out": VALUES}),
    _method_case("loss on a batch of 8", "loss", net_inputs(8), {"out": VALUES}),
    _method_case("accuracy with one-hot targets", "accuracy", net_inputs(20),
                 {"out": Close(rtol=1e-12, atol=1e-12)}),
    _method_case("accuracy with (N,) labels", "accuracy", net_inputs(20, labels=True),
                 {"out": Close(rtol=1e-12, atol=1e-12)}),
    _method_case("gradient on a batch of 10", "gradient", net_inputs(10),
                 _gradient_checks(GRADIENT), weight=2),
    _method_case("gradient on a batch of 1", "gradient", net_inputs(1),
                 _gradient_checks(GRADIENT)),
    _method_case("numerical_gradient on a batch of 3", "numerical_gradient", net_inputs(3),
                 _gradient_checks(NUMERICAL_GRADIENT), weight=2),
], oracle={"relu": two_layer_net.relu, "softmax": softmax,
           "cross_entropy_error": cross_entropy_error},
    inject=("relu", "softmax", "cross_entropy_error"),
    mistakes=[
    Mistake("a softmax over the whole batch", "normalise each row of scores on its own "
            "(softmax(x) of the given code does); one sum over the batch gives a wrong "
            "loss that a gradient check cannot catch.", {"TwoLayerNet": _WholeBatchSoftmax}),
    Mistake("no max subtraction in the softmax", "subtract each row's maximum score "
            "before np.exp (or call the given softmax).", {"TwoLayerNet": _NoMaxSubtraction}),
    Mistake("cross_entropy_error arguments swapped", "call cross_entropy_error(y, t): "
            "predictions first, targets second.", {"TwoLayerNet": _LossArgumentsSwapped}),
    Mistake("a count instead of a fraction", "divide the number of correct rows by the "
            "number of rows.", {"TwoLayerNet": _AccuracyCount}),
    Mistake("gradient not divided by the batch size", "the gradient at the scores is "
            "(p - t) / N for a loss that is a mean over N rows.",
            {"TwoLayerNet": _GradientNotAveraged}),
    Mistake("ReLU not backpropagated", "multiply the gradient reaching the hidden layer by "
            "(a1 > 0): ReLU blocks it where its input was not positive.",
            {"TwoLayerNet": _ReluNotBackpropagated}),
    Mistake("a sigmoid derivative in a ReLU network", "the hidden layer is ReLU: its "
            "derivative is (a1 > 0), not sigmoid(a1) * (1 - sigmoid(a1)).",
            {"TwoLayerNet": _SigmoidBackward}),
    Mistake("a sigmoid hidden layer (the book's chapter-4 net)", "this net's hidden layer "
            "is ReLU: relu(x W1 + b1) forward, and the gradient times (a1 > 0) backward.",
            {"TwoLayerNet": _SigmoidHidden}),
    Mistake("predict returning raw scores (the book's chapter-5 net)", "predict returns "
            "probabilities: softmax of the last layer's scores, each row on its own.",
            {"TwoLayerNet": _RawScores}),
], defines="TwoLayerNet")


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
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
}
