"""hw4_logistic_regression `model`: its known mistakes, inputs and cases."""
import functools

import numpy as np

from reference import logistic_regression as lr

from ... import data
from ...calibration import THRESHOLDS
from ...checks import AtLeast
from ...worker.protocol import MODEL_KEYS
from ...checks import FiniteList, HasShape
from ...i18n import tr
from ..oracles import blas_share, memoized
from ..spec import Case, Mistake, Question, Shared
from .common import VALUES, check_arguments, checked


@memoized
@blas_share
def _optimize_once(w, b, X, Y, num_iterations, learning_rate):
    return lr.optimize(w, b, X, Y, num_iterations, learning_rate, False)


def silent_optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False):
    """The reference optimize, memoized; print_cost is ignored (nothing is printed here)."""
    check_arguments("optimize", w, b, X)
    return _optimize_once(w, b, X, Y, num_iterations, learning_rate)


def _model(hard_coded=False, swapped=False, initial_params=False):
    def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
              print_cost=False):
        w, b = lr.initialize_with_zeros(X_train.shape[0])
        if hard_coded:
            num_iterations, learning_rate = 2000, 0.005
        params, _, costs = silent_optimize(w, b, X_train, Y_train, num_iterations,
                                           learning_rate)
        if not initial_params:
            w, b = params["w"], params["b"]
        test, train = (X_train, X_test) if swapped else (X_test, X_train)
        return {"costs": costs, "Y_prediction_test": lr.predict(w, b, test),
                "Y_prediction_train": lr.predict(w, b, train), "w": w, "b": b}
    return model


def _small_model_data(rng):
    """6 features; 40 training and 15 test examples labelled by a noisy linear rule."""
    direction = rng.normal(size=(6, 1))

    def examples(m):
        X = rng.normal(size=(6, m))
        return X, (direction.T @ X + 0.5 * rng.normal(size=(1, m)) > 0).astype(float)

    X_train, Y_train = examples(40)
    X_test, Y_test = examples(15)
    return {"X_train": X_train, "Y_train": Y_train, "X_test": X_test, "Y_test": Y_test}


MODEL = THRESHOLDS["model"]


@functools.lru_cache(maxsize=1)
def _cat_data(data_folder):
    arrays = data.catvnoncat_flat(data_folder)
    for array in arrays:
        array.flags.writeable = False
    return arrays


def _cat_array(index, data_folder):
    return _cat_data(data_folder)[index]


def _cat_inputs(rng):
    names = ("X_train", "Y_train", "X_test", "Y_test")
    return {name: Shared(f"catvnoncat_flat_{name}", functools.partial(_cat_array, index))
            for index, name in enumerate(names)}


def _cat_accuracies(outputs, inputs):
    """Training and test accuracy of the returned w (n, 1) and b, computed here.

    The predictions come from the reference predict on the trusted side's copy of the
    images, never from the Y_prediction_* the submission returned: model is handed Y_test,
    so returned predictions could simply be the labels it was given.
    """
    w = np.asarray(outputs["w"], dtype=np.float64)
    b = np.asarray(outputs["b"], dtype=np.float64)
    X_train, Y_train = inputs["X_train"], inputs["Y_train"]
    if w.shape != (X_train.shape[0], 1) or b.size != 1:
        raise ValueError(tr("the returned w has shape {w_shape} and b shape {b_shape}; the "
                            "accuracy needs w of shape ({features}, 1) and a number b",
                            w_shape=w.shape, b_shape=b.shape, features=X_train.shape[0]))

    def accuracy(X, labels):
        return float(np.mean(lr.predict(w, float(b.reshape(())), X) == labels))
    return {"train_accuracy": accuracy(X_train, Y_train),
            "test_accuracy": accuracy(inputs["X_test"], inputs["Y_test"])}


CAT_FEATURES, CAT_TRAIN, CAT_TEST = 12288, 209, 50  # the shapes of data.catvnoncat_flat()
CAT_CHECKS = {
    "Y_prediction_train": HasShape((1, CAT_TRAIN)),
    "Y_prediction_test": HasShape((1, CAT_TEST)),
    "w": HasShape((CAT_FEATURES, 1)),
    "costs": FiniteList(-(-MODEL["num_iterations"] // 100), "costs"),  # iterations 0, 100, ...
    "train_accuracy": AtLeast(MODEL["min_train_accuracy"], "training accuracy"),
    "test_accuracy": AtLeast(MODEL["min_test_accuracy"], "test accuracy"),
}


QUESTION = Question("model", 3, [
    Case("small random data, 300 iterations at learning rate 0.1", "hw4.model",
         _small_model_data, {key: VALUES for key in MODEL_KEYS},
         params={"num_iterations": 300, "learning_rate": 0.1}, hidden=False),
    Case("small random data, the default num_iterations and learning_rate", "hw4.model",
         _small_model_data, {key: VALUES for key in MODEL_KEYS}),
    # timeout: the first optimize of a process (2000 steps on 12288 x 209, computed
    # on the trusted side, then memoized) takes seconds on a busy machine
    Case(f"the cat / non-cat images, {MODEL['num_iterations']} iterations: training "
         f"accuracy at least {MODEL['min_train_accuracy']:g}, test accuracy at least "
         f"{MODEL['min_test_accuracy']:g}", "hw4.model", _cat_inputs, CAT_CHECKS,
         params={"num_iterations": MODEL["num_iterations"],
                 "learning_rate": MODEL["learning_rate"], "print_cost": True},
         timeout=120.0, derive=_cat_accuracies),
], oracle={"initialize_with_zeros": lr.initialize_with_zeros, "optimize": silent_optimize,
           "predict": checked(lr.predict)},
    inject=("initialize_with_zeros", "optimize", "predict"), mistakes=[
    Mistake("num_iterations and learning_rate not passed on", "call optimize with "
            "model's own num_iterations and learning_rate, not fixed numbers.",
            {"model": _model(hard_coded=True)}),
    Mistake("training and test predictions swapped", "Y_prediction_train comes from "
            "X_train, Y_prediction_test from X_test.", {"model": _model(swapped=True)}),
    Mistake("predicting with the initial parameters", "take w and b from the params "
            "optimize returns.", {"model": _model(initial_params=True)}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
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
    'small random data, the default num_iterations and learning_rate':
        '小规模随机数据，使用默认的 num_iterations 和 learning_rate',
}
