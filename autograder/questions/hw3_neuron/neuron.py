"""hw3_neuron `neuron`: its known mistakes, inputs and cases."""
import numpy as np

from reference import neuron as ref

from ...calibration import NEURON_DATA
from ...checks import Close
from ..spec import Case, Mistake, Question
from .common import VALUES


TRAINED = Close(rtol=1e-6, atol=1e-9)


def _neuron_variant(step):
    """The reference Neuron with one wrong step in `train`, for naming mistakes."""
    class Neuron(ref.Neuron):
        def train(self, data, all_y_trues, learn_rate=0.1, epochs=1000):
            losses = []
            for epoch in range(epochs):
                seen = []
                if step == "full_batch":
                    z = data @ self.weights + self.bias
                    d_z = -2 * (all_y_trues - ref.sigmoid(z)) * ref.deriv_sigmoid(z)
                    self.weights = self.weights - learn_rate * d_z @ data / len(data)
                    self.bias = self.bias - learn_rate * np.mean(d_z)
                for x, y_true in zip(data, all_y_trues) if step != "full_batch" else ():
                    z = np.dot(self.weights, x) + self.bias
                    y_pred = ref.sigmoid(z)
                    seen.append((y_true - y_pred) ** 2)
                    slope = ref.deriv_sigmoid(y_pred if step == "deriv_of_output" else z)
                    d_z = (2 if step == "ascent" else -2) * (y_true - y_pred) * slope
                    self.weights = self.weights - learn_rate * d_z * x
                    self.bias = self.bias - learn_rate * d_z
                if step == "running_loss":
                    losses.append(float(np.mean(seen)))
                elif step != "every_10" or epoch % 10 == 0:
                    losses.append(ref.mse_loss(all_y_trues, self.feedforward(data)))
            return losses
    return Neuron


def _seed_people(epochs, learn_rate):
    def inputs(rng):
        data, y = (np.array(a, dtype=float) for a in NEURON_DATA)
        return {"weights": rng.standard_normal(2), "bias": float(rng.standard_normal()),
                "data": data, "all_y_trues": y, "learn_rate": learn_rate, "epochs": epochs}
    return inputs


def _default_training(rng):
    """The seed's first person, no learn_rate, no epochs: the defaults (0.1, 1000 epochs)
    are graded. One person keeps the 1000 epochs' oracle round trips (4 per epoch) near
    1.6 s on an idle machine; the time budget allows for a very busy one."""
    data, y = (np.array(a, dtype=float)[:1] for a in NEURON_DATA)
    return {"weights": rng.standard_normal(2), "bias": float(rng.standard_normal()),
            "data": data, "all_y_trues": y}


def _random_people(rng):
    """n people with two centred features; label 1 on one side of a random line."""
    n = int(rng.integers(5, 9))
    data = rng.normal(size=(n, 2)) * rng.uniform(1, 5, size=2)
    y = (data @ rng.normal(size=2) > 0).astype(float)
    return {"weights": rng.standard_normal(2), "bias": float(rng.standard_normal()),
            "data": data, "all_y_trues": y, "learn_rate": float(rng.uniform(0.05, 0.5)),
            "epochs": int(rng.integers(3, 7))}


def _probe(rng):
    return {"weights": rng.standard_normal(2), "bias": float(rng.standard_normal()),
            "x": rng.uniform(-3, 3, size=(5, 2))}


TRAIN_CHECKS = {"losses": TRAINED, "weights": TRAINED, "bias": TRAINED}


QUESTION = Question("neuron", 4, [
    Case("feedforward on single samples", "hw3.feedforward", _probe, {"out": VALUES},
         hidden=False),
    Case("train on the seed's four people, 5 epochs", "hw3.train", _seed_people(5, 0.1),
         TRAIN_CHECKS, hidden=False),
    Case("train on random people", "hw3.train", _random_people, TRAIN_CHECKS),
    Case("train on random people, other rate", "hw3.train", _random_people, TRAIN_CHECKS),
    Case("train on the seed's four people, 100 epochs", "hw3.train",
         _seed_people(100, 0.1), TRAIN_CHECKS),
    Case("train with the default learn_rate and epochs", "hw3.train", _default_training,
         TRAIN_CHECKS, timeout=90.0),
], oracle={"sigmoid": ref.sigmoid, "deriv_sigmoid": ref.deriv_sigmoid,
           "mse_loss": ref.mse_loss},
    inject=("sigmoid", "deriv_sigmoid", "mse_loss"), mistakes=[
    Mistake("deriv_sigmoid applied to the output", "the chain rule needs the slope at "
            "the sigmoid's input: deriv_sigmoid(z) with z = w . x + b, not deriv_sigmoid"
            "(y_pred).", {"Neuron": _neuron_variant("deriv_of_output")}),
    Mistake("gradient ascent (sign of d loss / d y_pred)", "the derivative of "
            "(y_true - y_pred) ** 2 with respect to y_pred is -2 * (y_true - y_pred); "
            "step against it.", {"Neuron": _neuron_variant("ascent")}),
    Mistake("loss recorded every 10 epochs only", "append one loss per epoch: train "
            "returns `epochs` losses.", {"Neuron": _neuron_variant("every_10")}),
    Mistake("loss averaged over the epoch's samples while training", "record the loss "
            "after each epoch, on all of `data` with the updated weights.",
            {"Neuron": _neuron_variant("running_loss")}),
    Mistake("one full-batch step per epoch", "update after every sample, in order "
            "(stochastic gradient descent).", {"Neuron": _neuron_variant("full_batch")}),
], defines="Neuron")


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    'feedforward on single samples':
        '对单个样本做前向传播',
    "train on the seed's four people, 5 epochs":
        '用示例中的四个人训练 5 轮',
    'train on random people':
        '用随机生成的人训练',
    'train on random people, other rate':
        '用随机生成的人、换一个学习率训练',
    "train on the seed's four people, 100 epochs":
        '用示例中的四个人训练 100 轮',
    'deriv_sigmoid applied to the output':
        'deriv_sigmoid 作用在了输出上',
    "the chain rule needs the slope at the sigmoid's input: deriv_sigmoid(z) with z = w . x + b, not deriv_sigmoid(y_pred).":
        '链式法则需要的是 sigmoid 输入处的斜率：deriv_sigmoid(z)，其中 z = w . x + b，而不是 deriv_sigmoid(y_pred)。',
    'gradient ascent (sign of d loss / d y_pred)':
        '梯度上升（d loss / d y_pred 的符号错误）',
    'the derivative of (y_true - y_pred) ** 2 with respect to y_pred is -2 * (y_true - y_pred); step against it.':
        '(y_true - y_pred) ** 2 对 y_pred 的导数是 -2 * (y_true - y_pred)；要沿它的反方向更新。',
    'loss recorded every 10 epochs only':
        '每 10 轮才记录一次损失',
    'append one loss per epoch: train returns `epochs` losses.':
        '每一轮记录一个损失：train 要返回 `epochs` 个损失值。',
    "loss averaged over the epoch's samples while training":
        '训练时对这一轮的样本损失求平均',
    'record the loss after each epoch, on all of `data` with the updated weights.':
        '每一轮结束后，用更新后的权重在全部 `data` 上计算并记录损失。',
    'one full-batch step per epoch':
        '每一轮只做一次全批量更新',
    'update after every sample, in order (stochastic gradient descent).':
        '每个样本之后都要按顺序更新一次（随机梯度下降）。',
    'train with the default learn_rate and epochs':
        '用默认的 learn_rate 和 epochs 训练',
}
