# %% [markdown]
# # Homework 6: training, from a cubic to a CNN
#
# Training always runs the same loop: predict, measure the loss, find how the loss changes
# with each parameter, and move the parameters against that change. This homework runs
# the loop by hand on the smallest interesting model, a cubic polynomial that learns the
# shape of $\sin x$. It then looks at the pieces a framework gives you ready-made: loss
# functions with a *reduction*, and the layer shapes and parameter counts of a small
# convolutional network.
#
# You will write `fit_cubic`, `l1_loss`, `mse_loss`, `conv_output_size` and
# `cnn_param_count`. Replace each `# YOUR CODE HERE` / `raise NotImplementedError()` with
# your code and run the check cell after it.

# %%
import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ## 1. Training as approximation
#
# Pick a model with free parameters, here
#
# $$\hat y = a + b x + c x^2 + d x^3,$$
#
# start the parameters at random values, and let the data pull them into shape. One
# **epoch** (here one pass over all the points, one update) does:
#
# 1. **forward**: compute $\hat y$ for every $x$;
# 2. **loss**: $L = \sum_i (\hat y_i - y_i)^2$, the summed squared error;
# 3. **backward**: the derivative of $L$ with respect to each parameter. By the chain rule,
#    $\frac{\partial L}{\partial \hat y_i} = 2(\hat y_i - y_i)$ and
#    $\frac{\partial \hat y_i}{\partial c} = x_i^2$, so
#    $\frac{\partial L}{\partial c} = \sum_i 2(\hat y_i - y_i)\, x_i^2$, and likewise
#    $x_i^0, x_i^1, x_i^3$ for $a, b, d$;
# 4. **update**: each parameter moves against its derivative times the learning rate.
#
# (In PyTorch, step 3 is `loss.backward()` and step 4 is `optimizer.step()`. There is
# also a step 5, setting the stored gradients back to zero with `optimizer.zero_grad()`,
# because PyTorch *adds* new gradients to the old ones. Our numpy version computes fresh
# gradients in every epoch, so it has no such step.)
#
# The loss is a sum over 2000 points, so its gradient is large, and the learning rate
# must be tiny, 1e-6. With a larger rate the updates overshoot and blow up.
#
# Write `fit_cubic(x, y, learning_rate=1e-6, epochs=2000, seed=0)`. Draw the four starting
# values with `np.random.default_rng(seed).random()` in the order a, b, c, d, record the
# loss of each epoch **before** its update, and return `((a, b, c, d), losses)`.

# %%
# nngrader: solution reference.curve_fitting.fit_cubic

# %%
# nngrader: check fit_cubic
# One epoch by hand on three points. The start is default_rng(0).random(4) =
# [0.63696, 0.26979, 0.04097, 0.01653], so the predictions are [0.63696, 0.96425, 1.47273],
# the loss is 3.39437, and a moves by -0.01 * 2 * (sum of the residuals).
coeffs, losses = fit_cubic(np.array([0.0, 1.0, 2.0]), np.array([1.0, 0.0, 3.0]),
                           learning_rate=0.01, epochs=1)
assert len(losses) == 1 and abs(losses[0] - 3.39437115340014) < 1e-9, (
    f"the first loss (before any update) should be 3.3943712, got {losses}")
assert np.allclose(coeffs, [0.6554844564675801, 0.3115957107599811, 0.14387650913941719,
                            0.2416185971459751]), (
    f"after one step expected (0.65548, 0.31160, 0.14388, 0.24162), got {coeffs}")
# Points of an exact cubic: the fit should recover its coefficients.
x = np.linspace(-1.0, 1.0, 21)
coeffs, losses = fit_cubic(x, 1 + 2 * x - 0.5 * x ** 2 + 0.25 * x ** 3,
                           learning_rate=0.01, epochs=3000)
assert len(losses) == 3000, f"one loss per epoch: expected 3000, got {len(losses)}"
assert np.allclose(coeffs, [1.0, 2.0, -0.5, 0.25], atol=1e-6), (
    f"fitting 1 + 2x - 0.5x^2 + 0.25x^3 should give (1, 2, -0.5, 0.25), got {coeffs}")
print("fit_cubic: checks passed")

# %% [markdown]
# Now the real target, $\sin x$ on $[-\pi, \pi]$:

# %%
x = np.linspace(-np.pi, np.pi, 2000)
y = np.sin(x)
(a, b, c, d), losses = fit_cubic(x, y, learning_rate=1e-6, epochs=2000)
print(f"y = {a:.4f} {b:+.4f} x {c:+.4f} x^2 {d:+.4f} x^3; loss {losses[0]:.1f} -> {losses[-1]:.2f}")

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.5))
left.plot(x, y, label="sin x")
left.plot(x, a + b * x + c * x ** 2 + d * x ** 3, "--", label="cubic fit")
left.legend()
right.semilogy(losses)
right.set_xlabel("epoch")
right.set_ylabel("summed squared error")
plt.show()

# %% [markdown]
# ## 2. Loss functions and their reduction
#
# Frameworks compute a loss from per-entry errors and then **reduce** them to one number,
# by their mean (the default) or their sum. The choice matters. A sum grows with the batch,
# so the learning rate has to shrink as the batch grows. With the mean, the same rate works
# for any batch size.
#
# * **L1 loss**: absolute errors $|p_i - t_i|$; it is less sensitive to outliers.
# * **MSE loss**: squared errors $(p_i - t_i)^2$; it punishes large errors heavily.
#
# Write `l1_loss(pred, target, reduction="mean")` and
# `mse_loss(pred, target, reduction="mean")`. `reduction` is `"mean"` or `"sum"`; raise a
# `ValueError` for anything else rather than silently picking one.

# %%
# nngrader: solution reference.curve_fitting.l1_loss

# %%
# nngrader: check l1_loss
pred, target = np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 5.0])
assert abs(l1_loss(pred, target) - 2 / 3) < 1e-12, f"the default reduction is the mean: 2/3, got {l1_loss(pred, target)}"
assert abs(l1_loss(pred, target, reduction="sum") - 2.0) < 1e-12, "with reduction='sum' expected 2"
assert abs(l1_loss(np.array([[0.0, -1.0]]), np.array([[1.0, 1.0]]), reduction="mean") - 1.5) < 1e-12
try:
    l1_loss(pred, target, reduction="max")
except ValueError:
    pass
else:
    raise AssertionError("reduction='max' should raise ValueError")
print("l1_loss: checks passed")

# %%
# nngrader: solution reference.curve_fitting.mse_loss

# %%
# nngrader: check mse_loss
pred, target = np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 5.0])
assert abs(mse_loss(pred, target) - 4 / 3) < 1e-12, f"the default reduction is the mean: 4/3, got {mse_loss(pred, target)}"
assert abs(mse_loss(pred, target, reduction="sum") - 4.0) < 1e-12, "with reduction='sum' expected 4"
try:
    mse_loss(pred, target, reduction="none")
except ValueError:
    pass
else:
    raise AssertionError("reduction='none' should raise ValueError")
print("mse_loss: checks passed")

# %% [markdown]
# ## 3. Shapes and sizes of a small CNN
#
# The usual recipe for a real model is: get the data, load it in batches, define the
# model, choose a loss and an optimizer, train, validate, and report. Before training
# anything, it pays to know the **shapes** flowing through the model and its **size**.
# Here is a classic small network for 3x32x32 colour images and 10 classes:
#
# | layer | what it does |
# | --- | --- |
# | `Conv2d(3, 32, 5, 1, 2)` | 32 filters of 3x5x5, stride 1, padding 2 |
# | `MaxPool2d(2)` | maximum over 2x2 windows, stride 2 |
# | `Conv2d(32, 32, 5, 1, 2)` | |
# | `MaxPool2d(2)` | |
# | `Conv2d(32, 64, 5, 1, 2)` | |
# | `MaxPool2d(2)` | |
# | `Flatten()` | (64, 4, 4) -> 1024 |
# | `Linear(1024, 64)` | |
# | `Linear(64, 10)` | |
#
# A window of size `kernel` slides in steps of `stride` over an input of `size` cells
# padded by `padding` on each side. It fits at
# $\lfloor (\text{size} + 2\,\text{padding} - \text{kernel}) / \text{stride} \rfloor + 1$
# positions. Pooling is the same count with `kernel = stride = 2`. Write
# `conv_output_size(size, kernel, stride=1, padding=0)`.

# %%
# nngrader: solution reference.curve_fitting.conv_output_size

# %%
# nngrader: check conv_output_size
assert conv_output_size(32, 5, 1, 2) == 32, "a 5x5 kernel with padding 2 keeps 32 -> 32"
assert conv_output_size(32, 2, 2) == 16, "2x2 pooling with stride 2 halves 32 -> 16"
assert conv_output_size(28, 3) == 26, "3x3 kernel, stride 1, no padding: 28 -> 26"
assert conv_output_size(7, 3, 2, 1) == 4, "(7 + 2 - 3) // 2 + 1 = 4"
assert conv_output_size(5, 2, 2) == 2, "a window that does not fit is dropped: (5 - 2) // 2 + 1 = 2"
print("conv_output_size: checks passed")

# %%
size = 32
for name, kernel, stride, padding, channels in [
        ("conv 1", 5, 1, 2, 32), ("pool 1", 2, 2, 0, 32),
        ("conv 2", 5, 1, 2, 32), ("pool 2", 2, 2, 0, 32),
        ("conv 3", 5, 1, 2, 64), ("pool 3", 2, 2, 0, 64)]:
    size = conv_output_size(size, kernel, stride, padding)
    print(f"after {name}: ({channels}, {size}, {size})")
print("flattened:", channels * size * size)

# %% [markdown]
# **Parameters.** A `Conv2d(c_in, c_out, k)` layer has `c_out` filters, each with
# `c_in * k * k` weights and one bias. A `Linear(n_in, n_out)` layer has `n_in * n_out`
# weights and `n_out` biases. Pooling and flattening have no parameters. For example,
# the two linear layers hold 1024·64 + 64 + 64·10 + 10 = 66,250 parameters. Write
# `cnn_param_count()` returning the total for the whole network (the check below only
# tests its plausibility; the autograder checks the exact number). Most of the
# parameters are in the convolutions, even though each filter is small.

# %%
# nngrader: solution reference.curve_fitting.cnn_param_count

# %%
# nngrader: check cnn_param_count
total = cnn_param_count()
assert isinstance(total, (int, np.integer)), f"a count is an int, got {type(total).__name__}"
assert 66_250 < total < 1_000_000, (
    f"{total} is implausible: the linear layers alone have 66,250 parameters and the "
    "convolutions add their filters and biases")
print("cnn_param_count: checks passed")
