"""hw6_curve_fitting: a cubic fitted to sin(x) by hand-derived gradients, losses, CNN sizes.

fit_cubic: students start a, b, c, d from different draws (the seed uses np.random.rand),
so the coefficients are never compared with the reference's. Instead:
  * the seed's fit (sin(x) on 2000 points of [-pi, pi], learning rate 1e-6, 2000 epochs)
    must end within THRESHOLDS["fit_cubic"]["max_loss_ratio"] of the least-squares
    optimum (autograder/calibration.py), with 2000 finite losses that never rise; no
    reference run is needed (the reference takes 0.5 to 1.5 s);
  * short runs (21 to 39 epochs) on random data pin the step itself, whatever the start:
    every epoch is the affine map p <- (I - 2 s lr X^T X) p + 2 s lr X^T y, so the trusted
    side recovers p0 from the returned coefficients for each candidate gradient scale s and
    keeps the s whose loss at p0 is losses[0], summed or averaged. s = 1 with the summed
    loss is right; s = 0.5 (factor 2 missing), 1/N (mean instead of sum), -1 (ascent), the
    averaged loss and a wrong number of losses are named mistakes. A wrong power in one
    derivative matches no s and fails unnamed. On the seed's fit alone a missing factor 2
    only sometimes exceeds the threshold (loss ratio 1.15 to 3.8 over starts).
l1_loss / mse_loss: only "mean" and "sum" are graded. The contract defines no other
reduction; the reference raises ValueError for one, but a submission that does something
else with an invalid reduction is not penalised.
conv_output_size and cnn_param_count return integers: Exactly.
"""
import numpy as np

import reference

from ..calibration import THRESHOLDS
from ..compare import AtMost, Close, Exactly
from .checks import FiniteList, Holds
from .spec import Assignment, Case, Mistake, Question

UNCHANGED = Close(rtol=1e-12, atol=1e-12)
VALUE = Close(rtol=1e-9, atol=1e-12)
SEED_FIT = THRESHOLDS["fit_cubic"]


def _call(name, *args, **kwargs):
    return {"function": name, "args": list(args), "kwargs": kwargs}


# -- known mistakes (trusted side only) -------------------------------------------------

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


def _reduction_variant(name, form):
    """l1_loss / mse_loss with one wrong step."""
    def loss(pred, target, reduction="mean"):
        diff = np.asarray(pred) - np.asarray(target)
        errors = {"l1_loss": np.abs(diff), "mse_loss": diff ** 2}[name]
        if form == "unsigned":
            errors = diff
        if form == "absolute":
            errors = np.abs(diff)
        if form == "squared":
            errors = diff ** 2
        if form == "ignored":
            return float(np.mean(errors))
        if form == "swapped":
            reduction = {"mean": "sum", "sum": "mean"}[reduction]
        total = float(np.mean(errors) if reduction == "mean" else np.sum(errors))
        return np.sqrt(total) if form == "root" else total
    return loss


def _conv_true_division(size, kernel, stride=1, padding=0):
    return (size + 2 * padding - kernel) / stride + 1


def _conv_padding_once(size, kernel, stride=1, padding=0):
    return (size + padding - kernel) // stride + 1


def _conv_no_plus_one(size, kernel, stride=1, padding=0):
    return (size + 2 * padding - kernel) // stride


CONVS = [(3, 32, 5), (32, 32, 5), (32, 64, 5)]
LINEARS = [(1024, 64), (64, 10)]


def _cnn_no_biases():
    return sum(o * i * k * k for i, o, k in CONVS) + sum(i * o for i, o in LINEARS)


def _cnn_conv_no_biases():
    return sum(o * i * k * k for i, o, k in CONVS) + sum(i * o + o for i, o in LINEARS)


def _cnn_kernel_side():
    return sum(o * i * k + o for i, o, k in CONVS) + sum(i * o + o for i, o in LINEARS)


# -- inputs and derived outputs ----------------------------------------------------------

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


def _values(shape):
    """pred and target; pred - target has both signs, so abs() is never a no-op."""
    def inputs(rng):
        size = int(np.prod(shape))
        gaps = rng.uniform(0.1, 2.0, size=size) * rng.permutation(
            np.r_[-1.0, 1.0, rng.choice([-1.0, 1.0], size=size - 2)])
        target = rng.normal(size=shape)
        return {"pred": target + gaps.reshape(shape), "target": target}
    return inputs


def _with_reduction(reduction, shape):
    def inputs(rng):
        return {**_values(shape)(rng), "reduction": reduction}
    return inputs


def _reduction_cases(name):
    checks = {"out": VALUE, "arg:pred": UNCHANGED, "arg:target": UNCHANGED}
    with_kw = _call(name, "pred", "target", reduction="reduction")
    return [
        Case('reduction="mean"', "call", _with_reduction("mean", (3,)), checks,
             params=with_kw, hidden=False),
        Case('reduction="sum"', "call", _with_reduction("sum", (3,)), checks,
             params=with_kw, hidden=False),
        Case("the default reduction", "call", _values((6,)), checks,
             params=_call(name, "pred", "target")),
        Case('(N, C) arrays, reduction="sum"', "call", _with_reduction("sum", (4, 5)),
             checks, params=with_kw),
        Case('(N, C) arrays, reduction="mean"', "call", _with_reduction("mean", (4, 5)),
             checks, params=with_kw),
    ]


def _reduction_mistakes(name):
    mistakes = [
        Mistake("reduction ignored", 'sum when reduction="sum", average when "mean".',
                {name: _reduction_variant(name, "ignored")}),
        Mistake('"mean" and "sum" swapped', '"mean" averages over all entries, "sum" adds '
                "them.", {name: _reduction_variant(name, "swapped")}),
    ]
    if name == "l1_loss":
        return mistakes + [
            Mistake("differences not made absolute", "take np.abs(pred - target).",
                    {name: _reduction_variant(name, "unsigned")}),
            Mistake("differences squared", "the L1 loss uses absolute differences.",
                    {name: _reduction_variant(name, "squared")})]
    return mistakes + [
        Mistake("absolute differences instead of squares", "square (pred - target); "
                "absolute differences are the L1 loss.",
                {name: _reduction_variant(name, "absolute")}),
        Mistake("square root taken", "the MSE has no square root.",
                {name: _reduction_variant(name, "root")})]


def _layer(rng):
    """A padded layer whose window does not divide evenly: the floor matters, and with
    padding >= stride one-sided padding changes the result."""
    while True:
        size, kernel = int(rng.integers(8, 200)), int(rng.integers(2, 8))
        stride = int(rng.integers(2, 5))
        padding = stride + int(rng.integers(0, 3))
        if (size + 2 * padding - kernel) % stride:
            return {"size": size, "kernel": kernel, "stride": stride, "padding": padding}


def _fixed(**values):
    return lambda rng: values


CONV = _call("conv_output_size", "size", "kernel", stride="stride", padding="padding")
SEED_FIT_CHECKS = {
    "losses": FiniteList(SEED_FIT["epochs"]),
    "loss ratio": AtMost(SEED_FIT["max_loss_ratio"], "summed squared error of the returned "
                         "fit divided by the least-squares optimum's"),
    "never rose": Holds("the loss rose from one epoch to the next (is the step too large, "
                        "or the gradient's sign wrong?)"),
}
SHORT_RUN_CHECKS = {"number of losses": Exactly(), "gradient scale": Exactly(),
                    "loss divisor": Exactly()}

QUESTIONS = [
    Question("fit_cubic", 3, [
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
    ]),
    Question("l1_loss", 1, _reduction_cases("l1_loss"),
             mistakes=_reduction_mistakes("l1_loss")),
    Question("mse_loss", 1, _reduction_cases("mse_loss"),
             mistakes=_reduction_mistakes("mse_loss")),
    Question("conv_output_size", 1, [
        Case("the seed's Conv2d(kernel 5, stride 1, padding 2) on 32", "call",
             _fixed(size=32, kernel=5, stride=1, padding=2), {"out": Exactly()},
             params=_call("conv_output_size", "size", "kernel", "stride", "padding"),
             hidden=False),
        Case("the seed's MaxPool2d(2) on 32", "call",
             _fixed(size=32, kernel=2, stride=2, padding=0), {"out": Exactly()},
             params=CONV, hidden=False),
        Case("default stride and padding", "call", _fixed(size=28, kernel=3),
             {"out": Exactly()}, params=_call("conv_output_size", "size", "kernel")),
        Case("a window that does not divide evenly", "call", _layer, {"out": Exactly()},
             params=CONV),
        Case("another uneven window", "call", _layer, {"out": Exactly()}, params=CONV),
    ], mistakes=[
        Mistake("no floor (true division)", "a window that does not fit is dropped: use //.",
                {"conv_output_size": _conv_true_division}),
        Mistake("padding added on one side only", "padding is added on both sides: "
                "size + 2 * padding.", {"conv_output_size": _conv_padding_once}),
        Mistake("+ 1 missing", "the first window position counts too: ... // stride + 1.",
                {"conv_output_size": _conv_no_plus_one}),
    ]),
    Question("cnn_param_count", 1, [
        Case("the seed's CNN", "call", _fixed(), {"out": Exactly()},
             params=_call("cnn_param_count"), hidden=False),
    ], mistakes=[
        Mistake("biases not counted", "each Conv2d and Linear layer has one bias per output "
                "channel or unit.", {"cnn_param_count": _cnn_no_biases}),
        Mistake("convolution biases not counted", "a Conv2d(c_in, c_out, k) has c_out "
                "biases besides its c_out * c_in * k * k weights.",
                {"cnn_param_count": _cnn_conv_no_biases}),
        Mistake("kernels counted as k, not k x k", "a k x k kernel over c_in channels has "
                "c_in * k * k weights.", {"cnn_param_count": _cnn_kernel_side}),
    ]),
]

ASSIGNMENT = Assignment("hw6_curve_fitting", QUESTIONS,
                        namespace=lambda: reference.namespace("hw6_curve_fitting"),
                        cell_timeout=60.0)
