"""What several questions of hw6_curve_fitting share: tolerances, input makers, helpers."""
import numpy as np

from ...checks import Close
from ..spec import Case, Mistake, call


UNCHANGED = Close(rtol=1e-12, atol=1e-12)
VALUE = Close(rtol=1e-9, atol=1e-12)


def reduction_variant(name, form):
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


def values(shape):
    """pred and target; pred - target has both signs, so abs() is never a no-op."""
    def inputs(rng):
        size = int(np.prod(shape))
        gaps = rng.uniform(0.1, 2.0, size=size) * rng.permutation(
            np.r_[-1.0, 1.0, rng.choice([-1.0, 1.0], size=size - 2)])
        target = rng.normal(size=shape)
        return {"pred": target + gaps.reshape(shape), "target": target}
    return inputs


def with_reduction(reduction, shape):
    def inputs(rng):
        return {**values(shape)(rng), "reduction": reduction}
    return inputs


def reduction_cases(name):
    checks = {"out": VALUE, "arg:pred": UNCHANGED, "arg:target": UNCHANGED}
    with_kw = call(name, "pred", "target", reduction="reduction")
    return [
        Case('reduction="mean"', "call", with_reduction("mean", (3,)), checks,
             params=with_kw, hidden=False),
        Case('reduction="sum"', "call", with_reduction("sum", (3,)), checks,
             params=with_kw, hidden=False),
        Case("the default reduction", "call", values((6,)), checks,
             params=call(name, "pred", "target")),
        Case('(N, C) arrays, reduction="sum"', "call", with_reduction("sum", (4, 5)),
             checks, params=with_kw),
        Case('(N, C) arrays, reduction="mean"', "call", with_reduction("mean", (4, 5)),
             checks, params=with_kw),
    ]


def reduction_mistakes(name):
    mistakes = [
        Mistake("reduction ignored", 'sum when reduction="sum", average when "mean".',
                {name: reduction_variant(name, "ignored")}),
        Mistake('"mean" and "sum" swapped', '"mean" averages over all entries, "sum" adds '
                "them.", {name: reduction_variant(name, "swapped")}),
    ]
    if name == "l1_loss":
        return mistakes + [
            Mistake("differences not made absolute", "take np.abs(pred - target).",
                    {name: reduction_variant(name, "unsigned")}),
            Mistake("differences squared", "the L1 loss uses absolute differences.",
                    {name: reduction_variant(name, "squared")})]
    return mistakes + [
        Mistake("absolute differences instead of squares", "square (pred - target); "
                "absolute differences are the L1 loss.",
                {name: reduction_variant(name, "absolute")}),
        Mistake("square root taken", "the MSE has no square root.",
                {name: reduction_variant(name, "root")})]


def fixed(**values):
    return lambda rng: values
