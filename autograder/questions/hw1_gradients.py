"""hw1_gradients: numerical differentiation, gradient descent, softmax, SimpleNet.

Tolerances: a submission's central difference uses the same h = 1e-4 as the reference, so
correct variants (loops, np.nditer, other index orders) agree to about 1e-10; a forward
difference is off by about 1e-4 relative and `/ 2*h` by a factor of 1e8, hence 1e-6.
"""
import numpy as np

import reference
from reference import gradients, softmax_classifier

from ..compare import Close, RelativeError
from .spec import Assignment, Case, Mistake, Question

UNCHANGED = Close(rtol=1e-12, atol=1e-12)
GRADIENT = RelativeError(1e-6)


def _coefficients(rng, shape=()):
    return {"a": rng.uniform(0.5, 2.0, size=shape), "b": rng.uniform(-1.0, 1.0, size=shape)}


# -- known mistakes (trusted side only) -------------------------------------------------

def _diff_forward(f, x):
    h = 1e-4
    return (f(x + h) - f(x)) / h


def _diff_precedence(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / 2 * h


def _diff_tiny_step(f, x):
    h = 1e-50  # x + h rounds to x in float64: the difference is 0
    return (f(x + h) - f(x - h)) / (2 * h)


def _grad_variant(step):
    """numerical_gradient with one wrong step, for naming mistakes."""
    def numerical_gradient(f, x):
        h = 1e-4
        grad = np.zeros_like(x)
        work = x.copy() if step == "copy" else x
        for idx in np.ndindex(x.shape):
            original = work[idx]
            work[idx] = original + h
            f_plus = f(work[idx] if step == "one_entry" else work)
            work[idx] = {"forward": original, "plus_twice": original + h}.get(step, original - h)
            f_minus = f(work[idx] if step == "one_entry" else work)
            if step == "precedence":
                grad[idx] = (f_plus - f_minus) / 2 * h
            else:
                grad[idx] = (f_plus - f_minus) / (h if step == "forward" else 2 * h)
            if step != "no_restore":
                work[idx] = original
        return grad
    return numerical_gradient


def _grad_first_axis_only(f, x):
    """`for idx in range(len(x))`: right for a 1-D x; on a 2-D x, x[idx] is a whole row."""
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(len(x)):
        tmp_val = x[idx]  # a view of the row, so x[idx] - h below undoes the + h
        x[idx] = tmp_val + h
        f_plus = f(x)
        x[idx] = tmp_val - h
        f_minus = f(x)
        grad[idx] = (f_plus - f_minus) / (2 * h)
        x[idx] = tmp_val
    return grad


def _grad_1d_by_size(f, x):
    """`for idx in range(x.size)` with x[idx]: right for a 1-D x; on a 2-D x, x[idx] is a
    row and idx runs past the rows (IndexError)."""
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        f_plus = f(x)
        x[idx] = tmp_val - h
        f_minus = f(x)
        grad[idx] = (f_plus - f_minus) / (2 * h)
        x[idx] = tmp_val
    return grad


def _grad_row_by_row(f, X):
    """The book's `numerical_gradient_2d`: each row of a 2-D X is a separate point, and f
    sees that row only (a 3-D X raises TypeError at `float(tmp_val)`)."""
    def no_batch(f, x):
        h = 1e-4
        grad = np.zeros_like(x)
        for idx in range(x.size):
            tmp_val = x[idx]
            x[idx] = float(tmp_val) + h
            f_plus = f(x)
            x[idx] = tmp_val - h
            f_minus = f(x)
            grad[idx] = (f_plus - f_minus) / (2 * h)
            x[idx] = tmp_val
        return grad
    if X.ndim == 1:
        return no_batch(f, X)
    grad = np.zeros_like(X)
    for idx, x in enumerate(X):
        grad[idx] = no_batch(f, x)
    return grad


def _descent_variant(step):
    """gradient_descent with one wrong step, for naming mistakes."""
    def gradient_descent(f, init_x, lr=0.01, step_num=100):
        x = init_x.copy()
        for _ in range(step_num):
            x -= (0.01 if step == "fixed_lr" else lr) * gradients.numerical_gradient(f, x)
            if step == "return_in_loop":
                return x
        return init_x if step == "start" else x
    return gradient_descent


def _softmax_no_shift(x):
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def _softmax_global_max(x):
    e = np.exp(x - np.max(x))
    return e / np.sum(e, axis=-1, keepdims=True)


def _softmax_whole_batch(x):
    e = np.exp(x - np.max(x))
    return e / np.sum(e)


def _softmax_columns(x):
    e = np.exp(x - np.max(x, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def _softmax_row_max_column_sum(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=0)


def _softmax_sum_without_keepdims(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1)  # (N, C) / (N,) divides column j by row j's sum


def _softmax_in_place(x):
    x -= np.max(x, axis=-1, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def _cross_entropy_mean_of_entries(p, y):
    return -np.mean(y * np.log(p + 1e-7))


def _cross_entropy(delta_inside=True, delta_outside=False, batch_from_len=False, mean=True,
                   delta_per_entry=False):
    def cross_entropy_error(p, y):
        if p.ndim == 1 and not batch_from_len:
            p, y = p.reshape(1, -1), y.reshape(1, -1)
        n = p.shape[0] if mean else 1
        logs = np.log(p + 1e-7) if delta_inside else np.log(p)
        total = -np.sum(y * logs)
        if delta_outside:
            total = -np.sum(y * (np.log(p) + 1e-7))
        if delta_per_entry:  # np.sum(t * np.log(y) + delta): 1e-7 once per entry
            total = -np.sum(y * np.log(p) + 1e-7)
        return total / n
    return cross_entropy_error


def _cross_entropy_integer_labels(p, y):
    """The book's label version without its one-hot check: p[rows, y] with a one-hot y
    raises IndexError (float indices)."""
    if p.ndim == 1:
        y, p = y.reshape(1, y.size), p.reshape(1, p.size)
    batch_size = p.shape[0]
    return -np.sum(np.log(p[np.arange(batch_size), y] + 1e-7)) / batch_size


class _NetLossWithoutSoftmax(softmax_classifier.SimpleNet):
    def loss(self, x, t):
        return softmax_classifier.cross_entropy_error(self.predict(x), t)


class _NetSoftmaxInPredict(softmax_classifier.SimpleNet):
    def predict(self, x):
        return softmax_classifier.softmax(np.dot(x, self.W))

    def loss(self, x, t):
        return softmax_classifier.cross_entropy_error(self.predict(x), t)


# -- inputs ------------------------------------------------------------------------------

def _scalar_point(formula):
    def inputs(rng):
        return {"x": float(rng.uniform(-2, 2)), **_coefficients(rng)}
    return inputs


def _gradient_point(shape):
    def inputs(rng):
        return {"x": rng.uniform(-2, 2, size=shape), **_coefficients(rng, shape)}
    return inputs


def _descent_start(shape, lr=0.1):
    """20 steps, far from converged, so a step too many or too few changes the result.

    The wavy function is unbounded below (b x^3): with lr 0.1 most starts ran off to
    |x| ~ 1e14, where x + h == x and every gradient is 0; lr 0.005 keeps |x| below ~10.
    """
    def inputs(rng):
        return {"init_x": rng.uniform(-3, 3, size=shape), "a": rng.uniform(0.5, 2.0, size=shape),
                "b": rng.uniform(-1, 1, size=shape), "lr": lr, "step_num": 20}
    return inputs


def _default_descent_start(shape):
    """No lr, no step_num: the contract's defaults (0.01, 100 steps) are graded. On the
    quadratic bowl each step shrinks the distance to the minimum by 1 - 0.02 a (a in
    [0.5, 2]), so after 100 steps one step more or less, or another rate, moves x by far
    more than the tolerance."""
    def inputs(rng):
        return {"init_x": rng.uniform(-3, 3, size=shape), "a": rng.uniform(0.5, 2.0, size=shape),
                "b": rng.uniform(-1, 1, size=shape)}
    return inputs


def _logits(shape, scale=3.0, offset=0.0):
    def inputs(rng):
        return {"x": offset + scale * rng.normal(size=shape)}
    return inputs


def _mixed_scale_batch(rng):
    x = rng.normal(size=(3, 5))
    x[0] += 1000.0  # one row near 1000, the others near 0: one max for the batch breaks
    return {"x": x}


def _wide_rows(shape):
    """Each row spans about 800 (one entry pushed 750 to 850 above the others): exp of the
    spread overflows (past ~709), so only a shift by the row's maximum keeps it finite."""
    def inputs(rng):
        x = rng.normal(size=shape)
        rows = x.reshape(-1, shape[-1])
        columns = rng.integers(0, shape[-1], size=len(rows))
        rows[np.arange(len(rows)), columns] += rng.uniform(750, 850, size=len(rows))
        return {"x": rows.reshape(shape)}
    return inputs


def _probabilities(shape, zero=None):
    def inputs(rng):
        logits = rng.normal(size=shape)
        p = np.exp(logits) / np.exp(logits).sum(axis=-1, keepdims=True)
        labels = rng.integers(0, shape[-1], size=shape[:-1])
        y = np.zeros(shape)
        if y.ndim == 1:
            y[labels] = 1.0
        else:
            y[np.arange(shape[0]), labels] = 1.0
        if zero == "other":  # a zero probability where the target is 0: 0 * log 0 = nan
            p = np.where(y == 1, p, p * (np.arange(shape[-1]) % 2))
        if zero == "target":  # the target class gets probability 0: log 0 = -inf
            p = np.where(y == 1, 0.0, p)
        return {"p": p, "y": y}
    return inputs


def _net_inputs(batch):
    def inputs(rng):
        shape = (2,) if batch is None else (batch, 2)
        x = rng.normal(size=shape)
        labels = rng.integers(0, 3, size=() if batch is None else (batch,))
        t = np.eye(3)[labels]
        return {"W": rng.normal(size=(2, 3)), "x": x, "t": t}
    return inputs


SOFTMAX_CHECKS = {"out": Close(rtol=1e-6, atol=1e-12), "arg:x": UNCHANGED}
# The formula is fixed (1e-7 inside the log), so correct code agrees to rounding (~1e-15);
# rtol 1e-9 also tells "1e-7 outside the log" from "no 1e-7", which differ by exactly 1e-7.
OUTSIDE_THE_LOG = ("the constant goes inside the log, np.log(p + 1e-7). Outside it shifts "
                   "the loss by a fixed amount (small, so it can look like rounding, but not "
                   "rounding: the result is wrong by that constant), and log 0 stays -inf, so "
                   "a zero probability gives inf or nan.")
CROSS_ENTROPY_CHECKS = {"out": Close(rtol=1e-9, atol=1e-10), "arg:p": UNCHANGED,
                        "arg:y": UNCHANGED}


def _call(name, *args):
    return {"function": name, "args": list(args)}


QUESTIONS = [
    Question("numerical_diff", 1, [
        Case("sin(a x) + b x^3 at a point", "hw1.numerical_diff", _scalar_point("wave"),
             {"out": GRADIENT}, params={"formula": "wave"}, hidden=False),
        Case("a x^2 + b x at a random point", "hw1.numerical_diff", _scalar_point("quadratic"),
             {"out": GRADIENT}, params={"formula": "quadratic"}),
        Case("sin(a x) + b x^3 at a random point", "hw1.numerical_diff", _scalar_point("wave"),
             {"out": GRADIENT}, params={"formula": "wave"}),
    ], mistakes=[
        Mistake("forward difference", "use (f(x + h) - f(x - h)) / (2 * h).",
                {"numerical_diff": _diff_forward}),
        Mistake("operator precedence in `/ 2*h`", "write `/ (2 * h)`: `/ 2*h` multiplies by h.",
                {"numerical_diff": _diff_precedence}),
        # zero everywhere: a vanishing step, or one point used on both sides, look the same
        Mistake("a step h far too small, or the same point on both sides", "use h = 1e-4 "
                "and (f(x + h) - f(x - h)) / (2 * h): with h = 1e-50, x + h rounds to x, and "
                "either way the difference is 0.", {"numerical_diff": _diff_tiny_step}),
    ]),
    Question("numerical_gradient", 3, [
        Case("a 1-D x", "hw1.numerical_gradient", _gradient_point((4,)),
             {"out": GRADIENT, "arg:x": UNCHANGED}, params={"formula": "quadratic"},
             hidden=False),
        Case("a 2-D x", "hw1.numerical_gradient", _gradient_point((3, 4)),
             {"out": GRADIENT, "arg:x": UNCHANGED}, params={"formula": "wave"}),
        Case("a 3-D x", "hw1.numerical_gradient", _gradient_point((2, 3, 2)),
             {"out": GRADIENT, "arg:x": UNCHANGED}, params={"formula": "wave"}),
        Case("f ignores its argument and reads x itself, like `lambda w: net.loss(x, t)`",
             "hw1.numerical_gradient", _gradient_point((2, 3)),
             {"out": GRADIENT, "arg:x": UNCHANGED}, params={"formula": "closure"}),
    ], mistakes=[
        Mistake("operator precedence in `/ 2*h`", "write `/ (2 * h)`.",
                {"numerical_gradient": _grad_variant("precedence")}),
        # before `+ h` twice: when f ignores its argument both give zeros, and then the
        # copy is the likelier cause (`+ h` twice also fails every other case, named there)
        Mistake("perturbing a copy of x", "nudge x itself and restore each entry: f may read "
                "the array it closes over instead of its argument.",
                {"numerical_gradient": _grad_variant("copy")}),
        # `- h` twice gives the same zeros as `+ h` twice: the name covers both
        Mistake("the same nudge on both sides (`+ h` twice, or `- h` twice)", "evaluate f "
                "once at x[idx] + h and once at x[idx] - h: the same point twice gives 0.",
                {"numerical_gradient": _grad_variant("plus_twice")}),
        Mistake("f called on one entry", "call f on the whole array, f(x), after nudging "
                "x[idx]; f(x[idx]) sees a single number.",
                {"numerical_gradient": _grad_variant("one_entry")}),
        Mistake("1-D-only indexing", "x may have any number of dimensions: loop over every "
                "index with np.nditer(x, flags=['multi_index']) or np.ndindex(x.shape).",
                {"numerical_gradient": _grad_first_axis_only}),
        Mistake("1-D-only indexing", "x may have any number of dimensions: loop over every "
                "index with np.nditer(x, flags=['multi_index']) or np.ndindex(x.shape).",
                {"numerical_gradient": _grad_1d_by_size}),
        Mistake("a gradient row by row (the book's numerical_gradient_2d)", "x is one point "
                "with any number of dimensions, not a batch of rows: nudge one entry at a "
                "time and call f on the whole array x (np.nditer or np.ndindex over x.shape).",
                {"numerical_gradient": _grad_row_by_row}),
        Mistake("x not restored", "put each entry back to its original value after nudging it.",
                {"numerical_gradient": _grad_variant("no_restore")}),
        Mistake("forward difference", "use central differences: (f(x+h) - f(x-h)) / (2h).",
                {"numerical_gradient": _grad_variant("forward")}),
    ]),
    Question("gradient_descent", 2, [
        Case("a quadratic bowl, 1-D start", "hw1.gradient_descent", _descent_start((2,)),
             {"out": Close(rtol=1e-6, atol=1e-9)}, params={"formula": "quadratic"}, hidden=False),
        Case("a quadratic bowl, 2-D start", "hw1.gradient_descent", _descent_start((2, 3)),
             {"out": Close(rtol=1e-6, atol=1e-9)}, params={"formula": "quadratic"}),
        Case("a wavy function", "hw1.gradient_descent", _descent_start((3,), lr=0.005),
             {"out": Close(rtol=1e-6, atol=1e-9)}, params={"formula": "wave"}),
        Case("the default lr and step_num", "hw1.gradient_descent",
             _default_descent_start((3,)), {"out": Close(rtol=1e-6, atol=1e-9)},
             params={"formula": "quadratic"}),
    ], oracle={"numerical_gradient": lambda f, x: gradients.numerical_gradient(
        _rebuild(f), np.array(x, dtype=float))}, inject=("numerical_gradient",), mistakes=[
        Mistake("the learning rate `lr` ignored", "step by `lr * grad` with the `lr` passed in, "
                "not a fixed 0.01.", {"gradient_descent": _descent_variant("fixed_lr")}),
        Mistake("a `return` inside the loop", "return x after the loop, once all `step_num` "
                "steps are taken.", {"gradient_descent": _descent_variant("return_in_loop")}),
        Mistake("the starting point returned", "return the array the steps updated.",
                {"gradient_descent": _descent_variant("start")}),
    ]),
    Question("softmax", 3, [
        Case("one sample, shape (C,)", "call", _logits((5,)), SOFTMAX_CHECKS,
             params=_call("softmax", "x"), hidden=False),
        Case("a batch, shape (N, C)", "call", _logits((4, 3)), SOFTMAX_CHECKS,
             params=_call("softmax", "x"), hidden=False),
        Case("a batch of logits near 1000", "call", _logits((4, 6), offset=1000.0),
             SOFTMAX_CHECKS, params=_call("softmax", "x")),
        Case("one sample with logits near 1000", "call", _logits((6,), offset=1000.0),
             SOFTMAX_CHECKS, params=_call("softmax", "x")),
        Case("rows of very different size in one batch", "call", _mixed_scale_batch,
             SOFTMAX_CHECKS, params=_call("softmax", "x")),
        Case("a square batch (N = C)", "call", _logits((4, 4)), SOFTMAX_CHECKS,
             params=_call("softmax", "x")),
        Case("a batch with a spread of about 800 within each row", "call", _wide_rows((4, 5)),
             SOFTMAX_CHECKS, params=_call("softmax", "x")),
        Case("one sample with a spread of about 800", "call", _wide_rows((6,)),
             SOFTMAX_CHECKS, params=_call("softmax", "x")),
    ], mistakes=[
        Mistake("no max subtraction", "subtract each row's maximum before np.exp; exp(1000) "
                "overflows.", {"softmax": _softmax_no_shift}),
        Mistake("one max for the whole batch", "subtract each row's own maximum "
                "(np.max(x, axis=-1, keepdims=True)).", {"softmax": _softmax_global_max}),
        Mistake("normalising over the whole batch", "divide each row by its own sum (and check "
                "that no early `return` skips the batch branch).",
                {"softmax": _softmax_whole_batch}),
        Mistake("normalising over columns", "sum over the last axis (classes), not axis 0.",
                {"softmax": _softmax_columns}),
        Mistake("normalising over columns", "sum over the last axis (classes), not axis 0.",
                {"softmax": _softmax_row_max_column_sum}),
        Mistake("`axis=1` sums without keepdims", "keep the summed axis, np.sum(e, axis=1, "
                "keepdims=True): an (N,) sum divides the columns, or fails to broadcast.",
                {"softmax": _softmax_sum_without_keepdims}),
        Mistake("x modified in place", "write `x = x - np.max(...)`, not `x -= ...`: the "
                "caller's array must keep its values.", {"softmax": _softmax_in_place}),
    ]),
    Question("cross_entropy_error", 3, [
        Case("a batch, shape (N, C)", "call", _probabilities((5, 4)), CROSS_ENTROPY_CHECKS,
             params=_call("cross_entropy_error", "p", "y"), hidden=False),
        Case("one sample, shape (C,)", "call", _probabilities((6,)), CROSS_ENTROPY_CHECKS,
             params=_call("cross_entropy_error", "p", "y"), hidden=False),
        Case("zero probabilities at non-target classes", "call",
             _probabilities((4, 6), zero="other"), CROSS_ENTROPY_CHECKS,
             params=_call("cross_entropy_error", "p", "y")),
        Case("zero probability at the target class", "call", _probabilities((3, 5), "target"),
             CROSS_ENTROPY_CHECKS, params=_call("cross_entropy_error", "p", "y")),
        Case("one sample with a zero probability", "call", _probabilities((5,), "other"),
             CROSS_ENTROPY_CHECKS, params=_call("cross_entropy_error", "p", "y")),
    ], mistakes=[
        Mistake("no 1e-7 inside the log", "use np.log(p + 1e-7): log 0 is -inf and 0 * log 0 "
                "is nan.", {"cross_entropy_error": _cross_entropy(delta_inside=False)}),
        Mistake("1e-7 added outside the log", OUTSIDE_THE_LOG,
                {"cross_entropy_error": _cross_entropy(delta_inside=False, delta_outside=True)}),
        Mistake("1e-7 added outside the log", OUTSIDE_THE_LOG,
                {"cross_entropy_error": _cross_entropy(delta_inside=False,
                                                       delta_per_entry=True)}),
        Mistake("targets taken as integer labels", "y is one-hot, shaped like p: use "
                "-np.sum(y * np.log(p + 1e-7)) / N, or turn y into labels first with "
                "y.argmax(axis=-1) (the indices p[rows, y] must be integers).",
                {"cross_entropy_error": _cross_entropy_integer_labels}),
        Mistake("batch size taken from a 1-D array's length", "reshape a (C,) input to (1, C) "
                "before counting samples.",
                {"cross_entropy_error": _cross_entropy(batch_from_len=True)}),
        Mistake("sum instead of mean over the batch", "divide by the number of samples.",
                {"cross_entropy_error": _cross_entropy(mean=False)}),
        Mistake("mean over every entry", "sum over the classes, then divide by the number of "
                "samples: np.mean over (N, C) also divides by C.",
                {"cross_entropy_error": _cross_entropy_mean_of_entries}),
    ]),
    Question("simple_net", 3, [
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
    ]),
]


def _rebuild(spec):
    from ..worker.functions import rebuild
    return rebuild(spec)


ASSIGNMENT = Assignment("hw1_gradients", QUESTIONS,
                        namespace=lambda: reference.namespace("hw1_gradients"),
                        cell_timeout=60.0)
