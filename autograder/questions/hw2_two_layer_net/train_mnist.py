"""hw2_two_layer_net `train_mnist`: its inputs and cases.

The student's train gets a proxy network (network_proxy.py); the score is the test accuracy
of the trained params on the fixed MNIST grading subset, and no reference training run is
needed.
"""
import numpy as np

from ...calibration import THRESHOLDS
from ...checks import AtLeast
from ...worker.protocol import PARAM_KEYS
from ...checks import FiniteList, Holds
from ..spec import Case, Question, Shared
from .network_proxy import NETWORK_ORACLE, mnist, with_params

TRAIN = THRESHOLDS["train_mnist"]
TRAIN_SIZES = (784, TRAIN["hidden_size"], 10)


def _train_inputs(rng):
    D, H, C = TRAIN_SIZES
    return {"x_train": Shared("mnist_grading_x_train", lambda folder: mnist(folder)[0]),
            "t_train": Shared("mnist_grading_t_train", lambda folder: mnist(folder)[1]),
            "W1": 0.01 * rng.standard_normal((D, H)), "W2": 0.01 * rng.standard_normal((H, C)),
            "seed": int(rng.integers(2**31))}


def _trained_test_accuracy(outputs, inputs):
    x_test, t_test = mnist()[2:]
    initial = {"W1": inputs["W1"], "W2": inputs["W2"]}
    changed = any(not np.array_equal(np.asarray(outputs[key], float), initial[key])
                  for key in initial)
    return {"params_changed": float(changed),
            "test_accuracy": with_params({key: outputs[key] for key in PARAM_KEYS}).accuracy(
                x_test, t_test)}


TRAIN_CHECKS = {
    "losses": FiniteList(TRAIN["iters_num"], "losses"),
    "params_changed": Holds("network.params did not change: update them in place "
                            "(network.params[key] -= learning_rate * grads[key]) or assign "
                            "the new arrays to network.params[key]"),
    "test_accuracy": AtLeast(TRAIN["min_test_accuracy"], "test accuracy"),
}


QUESTION = Question("train_mnist", 3, [
    Case(f"{TRAIN['iters_num']} steps on the MNIST grading subset, test accuracy at least "
         f"{TRAIN['min_test_accuracy']:g}", "hw2.train_mnist", _train_inputs, TRAIN_CHECKS,
         params={"sizes": TRAIN_SIZES, "iters_num": TRAIN["iters_num"],
                 "batch_size": TRAIN["batch_size"],
                 "learning_rate": TRAIN["learning_rate"]},
         hidden=False, timeout=60.0, derive=_trained_test_accuracy),
], oracle=NETWORK_ORACLE, defines="train")


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    '200 steps on the MNIST grading subset, test accuracy at least 0.85':
        '在 MNIST 评分子集上训练 200 步，测试准确率至少 0.85',
    'losses':
        '损失值',
    'network.params did not change: update them in place (network.params[key] -= learning_rate * grads[key]) or assign the new arrays to network.params[key]':
        'network.params 没有变化：请原地更新（network.params[key] -= learning_rate * grads[key]），或者把新数组赋给 network.params[key]',
    'test accuracy':
        '测试准确率',
}
