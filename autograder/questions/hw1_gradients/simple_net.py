"""hw1_gradients `simple_net`: its known mistakes, inputs and cases."""
import numpy as np

from reference import softmax_classifier

from ...checks import Close
from ..spec import Case, Mistake, Question


class _NetLossWithoutSoftmax(softmax_classifier.SimpleNet):
    def loss(self, x, t):
        return softmax_classifier.cross_entropy_error(self.predict(x), t)


class _NetSoftmaxInPredict(softmax_classifier.SimpleNet):
    def predict(self, x):
        return softmax_classifier.softmax(np.dot(x, self.W))

    def loss(self, x, t):
        return softmax_classifier.cross_entropy_error(self.predict(x), t)


def _net_inputs(batch):
    def inputs(rng):
        shape = (2,) if batch is None else (batch, 2)
        x = rng.normal(size=shape)
        labels = rng.integers(0, 3, size=() if batch is None else (batch,))
        t = np.eye(3)[labels]
        return {"W": rng.normal(size=(2, 3)), "x": x, "t": t}
    return inputs


QUESTION = Question("simple_net", 3, [
    Case("one sample x of shape (2,)", "hw1.simple_net", _net_inputs(None),
         {"predict": Close(rtol=1e-7, atol=1e-10), "loss": Close(rtol=1e-6, atol=1e-10)},
         hidden=False),
    Case("a batch x of shape (N, 2)", "hw1.simple_net", _net_inputs(5),
         {"predict": Close(rtol=1e-7, atol=1e-10), "loss": Close(rtol=1e-6, atol=1e-10)}),
], oracle={"softmax": softmax_classifier.softmax,
           "cross_entropy_error": softmax_classifier.cross_entropy_error},
    inject=("softmax", "cross_entropy_error"), mistakes=[
    Mistake("loss without softmax", "loss is cross_entropy_error(softmax(predict(x)), t): "
            "the scores must become probabilities first.",
            {"SimpleNet": _NetLossWithoutSoftmax}),
    Mistake("softmax inside predict", "predict returns the scores x W; apply softmax in "
            "loss.", {"SimpleNet": _NetSoftmaxInPredict}),
], defines="SimpleNet")


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
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
}
