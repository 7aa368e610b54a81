"""hw6_curve_fitting `fit_cubic`: its known mistakes, inputs and cases."""
import numpy as np

from ...calibration import THRESHOLDS
from ...checks import AtMost, Exactly
from ...checks import FiniteList, Holds
from ..spec import Case, Mistake, Question


SEED_FIT = THRESHOLDS["fit_cubic"]


def _fit_variant(form):
    """fit_cubic with one wrong step, for naming mistakes."""
    def fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0):
        a, b, c, d = np.random.default_rng(seed).random(4)
        scale = {"no_factor_2": 0.5, "mean_gradient": 1 / len(x), "ascent": -1.0}.get(form, 1)
        losses = []
        for epoch in range(epochs):
            y_pred = a + b * x + c * x ** 2 + d * x ** 3
            loss = float(np.sum((y_pred - y) ** 2))
            if form == "mean_loss":
                loss /= len(x)
            if form != "every_20" or epoch % 20 == 0:
                losses.append(loss)
            grad = 2 * scale * (y_pred - y)
            a -= learning_rate * np.sum(grad)
            b -= learning_rate * np.sum(grad * x)
            c -= learning_rate * np.sum(grad * x ** 2)
            d -= learning_rate * np.sum(grad * x ** 3)
        return (float(a), float(b), float(c), float(d)), losses
    return fit_cubic


def _seed_fit(rng):
    x = np.linspace(-np.pi, np.pi, SEED_FIT["points"])
    return {"x": x, "y": np.sin(x), "learning_rate": SEED_FIT["learning_rate"],
            "epochs": SEED_FIT["epochs"], "seed": 0}


def _short_run(rng):
    """N points of a noisy random cubic, 21 to 39 epochs at a tenth of the stable rate."""
    n = int(rng.integers(100, 400))
    x = np.sort(rng.uniform(-np.pi, np.pi, size=n))
    powers = np.vander(x, 4, increasing=True)
    y = powers @ rng.normal(size=4) * 0.3 + np.sin(x) + rng.normal(0, 0.1, size=n)
    rate = 0.1 / np.linalg.eigvalsh(powers.T @ powers).max()
    return {"x": x, "y": y, "learning_rate": float(rate), "epochs": int(rng.integers(21, 40)),
            "seed": int(rng.integers(0, 2**31))}


FIT_DEFAULTS = {"learning_rate": 1e-6, "epochs": 2000}  # the contract's signature


def _default_run(rng):
    """100 points of a noisy random cubic on [-1.2, 1.2], no learning_rate, no epochs: the
    defaults are graded. On this short interval 2000 steps of 1e-6 contract the fastest
    direction only by about e^-2, so the start stays recoverable and the step is pinned
    exactly as in the short runs."""
    x = np.sort(rng.uniform(-1.2, 1.2, size=100))
    y = np.vander(x, 4, increasing=True) @ rng.normal(size=4) + rng.normal(0, 0.1, size=100)
    return {"x": x, "y": y}


def _summed_loss(x, y, coefficients):
    return float(np.sum((np.vander(x, 4, increasing=True) @ coefficients - y) ** 2))


def _seed_fit_summary(outputs, inputs):
    """The fit's summed squared error over the least-squares optimum's; a rise flag."""
    x, y = inputs["x"], inputs["y"]
    losses = np.asarray(outputs["losses"], dtype=np.float64).reshape(-1)
    final = _summed_loss(x, y, np.asarray(outputs["coefficients"], dtype=np.float64))
    powers = np.vander(x, 4, increasing=True)
    optimum = _summed_loss(x, y, np.linalg.lstsq(powers, y, rcond=None)[0])
    return {"loss ratio": final / optimum,
            "never rose": float(not np.any(losses[1:] > losses[:-1] * (1 + 1e-9)))}


STEP_SCALES = (1.0, 0.5, "1/N", -1.0, 2.0)


def _short_run_summary(outputs, inputs):
    """The gradient scale s and loss divisor (1 or N) that explain the run, whatever p0.

    With A = I - 2 s lr X^T X and c = 2 s lr X^T y every epoch is p <- A p + c, so the
    returned p_E = M p0 + v determines p0; s is kept when the loss at p0, summed (divisor
    1) or averaged (divisor N), is losses[0]. nan when no candidate explains the run.
    """
    x, y = inputs["x"], inputs["y"]
    rate = inputs.get("learning_rate", FIT_DEFAULTS["learning_rate"])
    epochs = int(inputs.get("epochs", FIT_DEFAULTS["epochs"]))
    powers = np.vander(x, 4, increasing=True)
    p_end = np.asarray(outputs["coefficients"], dtype=np.float64)
    losses = np.asarray(outputs["losses"], dtype=np.float64).reshape(-1)
    summary = {"number of losses": losses.size, "gradient scale": np.nan,
               "loss divisor": np.nan}
    for scale in STEP_SCALES:
        s = 1.0 / len(x) if scale == "1/N" else scale
        step_matrix = np.eye(4) - 2 * s * rate * powers.T @ powers
        shift = 2 * s * rate * powers.T @ y
        matrix, offset = np.eye(4), np.zeros(4)
        for _ in range(epochs):
            matrix, offset = step_matrix @ matrix, step_matrix @ offset + shift
        loss = _summed_loss(x, y, np.linalg.solve(matrix, p_end - offset))
        for divisor in (1, len(x)):
            if np.isclose(loss / divisor, losses[0], rtol=1e-6):
                return {**summary, "gradient scale": s, "loss divisor": divisor}
    return summary


SEED_FIT_CHECKS = {
    "losses": FiniteList(SEED_FIT["epochs"]),
    "loss ratio": AtMost(SEED_FIT["max_loss_ratio"], "summed squared error of the returned "
                         "fit divided by the least-squares optimum's"),
    "never rose": Holds("the loss rose from one epoch to the next (is the step too large, "
                        "or the gradient's sign wrong?)"),
}
SHORT_RUN_CHECKS = {"number of losses": Exactly(), "gradient scale": Exactly(),
                    "loss divisor": Exactly()}


QUESTION = Question("fit_cubic", 3, [
    Case("the seed's fit of sin(x), 2000 epochs", "hw6.fit_cubic", _seed_fit,
         SEED_FIT_CHECKS, derive=_seed_fit_summary, hidden=False, timeout=30),
    Case("a short run on a noisy cubic", "hw6.fit_cubic", _short_run, SHORT_RUN_CHECKS,
         derive=_short_run_summary, hidden=False),
    Case("another short run", "hw6.fit_cubic", _short_run, SHORT_RUN_CHECKS,
         derive=_short_run_summary),
    Case("the default learning_rate and epochs", "hw6.fit_cubic", _default_run,
         SHORT_RUN_CHECKS, derive=_short_run_summary),
], mistakes=[
    Mistake("factor 2 missing in the gradient", "the derivative of (y_pred - y) ** 2 is "
            "2 * (y_pred - y) times the derivative of y_pred.",
            {"fit_cubic": _fit_variant("no_factor_2")}),
    Mistake("mean instead of sum in the gradient", "the loss is summed over the points, "
            "so is its gradient: np.sum, not np.mean.",
            {"fit_cubic": _fit_variant("mean_gradient")}),
    Mistake("step along the gradient", "subtract learning_rate times the gradient.",
            {"fit_cubic": _fit_variant("ascent")}),
    Mistake("losses are the mean squared error", "record the summed squared error, "
            "np.sum((y_pred - y) ** 2), the loss the gradient is taken of.",
            {"fit_cubic": _fit_variant("mean_loss")}),
    Mistake("loss recorded every 20 epochs only", "append one loss per epoch.",
            {"fit_cubic": _fit_variant("every_20")}),
])


# the Chinese of the texts above, keyed by their English (autograder/i18n)
ZH = {
    "the seed's fit of sin(x), 2000 epochs":
        '示例中对 sin(x) 的拟合，2000 轮',
    "summed squared error of the returned fit divided by the least-squares optimum's":
        '返回的拟合结果的误差平方和与最小二乘最优解的误差平方和之比',
    "the loss rose from one epoch to the next (is the step too large, or the gradient's sign wrong?)":
        '损失在相邻两轮之间上升了（是不是步长太大，或者梯度的符号错了？）',
    'a short run on a noisy cubic':
        '在带噪声的三次曲线上短时间训练',
    'another short run':
        '另一次短时间训练',
    'factor 2 missing in the gradient':
        '梯度中漏掉了系数 2',
    'the derivative of (y_pred - y) ** 2 is 2 * (y_pred - y) times the derivative of y_pred.':
        '(y_pred - y) ** 2 的导数是 2 * (y_pred - y) 乘以 y_pred 的导数。',
    'mean instead of sum in the gradient':
        '梯度中用了平均而不是求和',
    'the loss is summed over the points, so is its gradient: np.sum, not np.mean.':
        '损失是对所有点求和的，它的梯度也是：用 np.sum，不是 np.mean。',
    'subtract learning_rate times the gradient.':
        '减去学习率乘以梯度。',
    'losses are the mean squared error':
        '损失记录成了均方误差',
    'record the summed squared error, np.sum((y_pred - y) ** 2), the loss the gradient is taken of.':
        '记录误差平方和 np.sum((y_pred - y) ** 2)，也就是求梯度的那个损失。',
    'loss recorded every 20 epochs only':
        '每 20 轮才记录一次损失',
    'append one loss per epoch.':
        '每一轮记录一个损失。',
    'the default learning_rate and epochs':
        '使用默认的 learning_rate 和 epochs',
}
