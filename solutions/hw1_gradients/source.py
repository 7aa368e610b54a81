# %% [markdown]
# # Homework 1: gradients by numerical differentiation
#
# A network learns by changing its weights in the direction that lowers its loss. That
# direction is the negative **gradient** of the loss. In this homework you compute gradients
# the slow but simple way, by nudging each input a little and watching the output, and
# you use them to train a first tiny classifier.
#
# You will write:
#
# 1. `numerical_diff(f, x)`: the derivative of a one-variable function;
# 2. `numerical_gradient(f, x)`: the gradient with respect to an array of any shape;
# 3. `gradient_descent(f, init_x, lr, step_num)`: repeated steps against the gradient;
# 4. `softmax(x)` and `cross_entropy_error(p, y)`: probabilities and their loss;
# 5. `class SimpleNet`: a 2-input, 3-class linear classifier trained with the above.
#
# **How to work.** Every cell that says `# YOUR CODE HERE` and
# `raise NotImplementedError()` is yours: replace those two lines with your code. Right after
# each of them a *check* cell tests your code on a few small cases worked out by hand. A
# passing check is a good sign, not a guarantee: the autograder tries more cases.
# Use only `numpy`.

# %%
import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ## 1. The derivative, numerically
#
# Instead of guessing weights at random, we ask the loss which way is downhill. For a
# function of one variable the answer is its derivative,
# $f'(x) = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}$.
#
# A computer cannot take the limit, so we pick a small `h`. Two things go wrong easily:
#
# * **`h` too small.** With `h = 1e-50` the sum `x + h` rounds back to `x` in floating
#   point and the difference is exactly zero. `h = 1e-4` is a good compromise.
# * **The one-sided formula is biased.** $(f(x+h) - f(x))/h$ measures the slope between
#   `x` and `x + h`, not at `x`; its error shrinks only like `h`. The **central
#   difference** looks at both sides, and its error shrinks like `h**2`:
#
# $$f'(x) \approx \frac{f(x+h) - f(x-h)}{2h}.$$
#
# Watch the parentheses: in Python `a / 2*h` means `(a / 2) * h`, not `a / (2*h)`.
#
# Write `numerical_diff(f, x)` with the central difference and `h = 1e-4`.

# %%
# nngrader: solution reference.gradients.numerical_diff

# %%
# nngrader: check numerical_diff
# x**3 has derivative 3 x**2 = 12 at x = 2; the central difference is off by only h**2.
slope = numerical_diff(lambda x: x ** 3, 2.0)
assert abs(slope - 12.0) < 1e-6, (
    f"numerical_diff(x**3, 2.0) returned {slope}, expected 12 (within 1e-6). "
    "A result near 12.0006 means a one-sided difference; check the 2*h parentheses too.")
slope = numerical_diff(lambda x: 0.01 * x ** 2 + 0.1 * x, 5.0)
assert abs(slope - 0.2) < 1e-8, f"derivative of 0.01x^2 + 0.1x at 5 should be 0.2, got {slope}"
print("numerical_diff: checks passed")

# %% [markdown]
# A derivative is the slope of the tangent line. The plot draws a curve and its tangent at
# `x = 5` using your function.

# %%
def curve(x):
    return 0.01 * x ** 2 + 0.1 * x


xs = np.arange(0.0, 20.0, 0.1)
slope = numerical_diff(curve, 5.0)
plt.plot(xs, curve(xs), label="f(x)")
plt.plot(xs, curve(5.0) + slope * (xs - 5.0), "--", label=f"tangent at 5, slope {slope:.3f}")
plt.xlabel("x")
plt.legend()
plt.show()

# %% [markdown]
# ## 2. The gradient of a function of many variables
#
# With many inputs we take one partial derivative per input, holding the others fixed; the
# array of all of them is the **gradient**, and it has the same shape as the input.
#
# `numerical_gradient(f, x)` applies the central difference to each entry of `x` in turn:
# remember the entry, set it to `value + h` and evaluate `f(x)`, set it to `value - h` and
# evaluate again, store the difference quotient, then **put the original value back**.
#
# Weights come as vectors, matrices, or higher-dimensional arrays, so the loop must visit
# every entry of an array of any shape. `np.nditer` does that:
#
# * `np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])` creates an iterator that
#   may also write into `x`; the `multi_index` flag makes it report the index tuple
#   (such as `(1, 2)`) of the current entry as `it.multi_index`;
# * `it.iternext()` moves to the next entry (forget it and the loop never ends);
#   `it.finished` becomes true after the last one.
#
# (`np.ndindex(x.shape)` gives the same index tuples; either is fine.)
#
# Classic mistakes:
#
# * calling `f(x[idx])` instead of `f(x)`: `f` takes the whole array;
# * nudging a **copy** of `x`. Later we will pass functions such as
#   `lambda w: net.loss(x, t)`, which ignore their argument and read the weights the network
#   holds. Only changing the entries of the array you were given reaches them;
# * forgetting to restore the entry, so every later derivative is taken at the wrong point;
# * an integer array: `x[idx] = 3 + 1e-4` would be stored as `3`. Gradients are taken with
#   respect to float arrays.

# %%
# nngrader: solution reference.gradients.numerical_gradient

# %%
# nngrader: check numerical_gradient
# f(x) = sum of squares has gradient 2x, for any shape of x.
for x in (np.array([3.0, 4.0]),
          np.array([[1.0, -2.0, 0.5], [0.0, 3.0, -1.5]]),
          np.arange(8.0).reshape(2, 2, 2)):
    before = x.copy()
    grad = numerical_gradient(lambda a: np.sum(a ** 2), x)
    assert grad.shape == x.shape, f"gradient shape {grad.shape}, expected {x.shape}"
    assert np.allclose(grad, 2 * before, atol=1e-6), (
        f"gradient of sum(x**2) at\n{before}\nshould be 2x =\n{2 * before}, got\n{grad}")
    assert np.array_equal(x, before), "x must hold its original values afterwards"
# A function that ignores its argument and reads the array directly, like
# lambda w: net.loss(x, t): only nudging x itself (not a copy) changes its value.
W = np.array([[1.0, 2.0], [-3.0, 0.5]])
grad = numerical_gradient(lambda _: np.sum(W ** 2), W)
assert np.allclose(grad, 2 * W, atol=1e-6), (
    f"with f = lambda _: np.sum(W ** 2) the gradient should be 2W, got\n{grad}\n"
    "(all zeros means you nudged a copy of x)")
print("numerical_gradient: checks passed")

# %% [markdown]
# ## 3. Gradient descent
#
# The negative gradient points to where the function falls fastest near the current point.
# Gradient descent takes a small step that way, recomputes the gradient, and repeats:
#
# $$x \leftarrow x - \eta \, \nabla f(x)$$
#
# The step size $\eta$ is the **learning rate** (`lr`) and the number of steps is
# `step_num`. Both are *hyper-parameters*: you choose them, the algorithm does not learn
# them. Too large a rate jumps over the minimum and can diverge; too small a rate barely
# moves.
#
# Write `gradient_descent(f, init_x, lr=0.01, step_num=100)`. Update the array in place
# (`x -= lr * grad`), so that a function reading the array through a closure (as in
# section 5) sees every step, and return it.

# %%
# nngrader: solution reference.gradients.gradient_descent

# %%
# nngrader: check gradient_descent
# On f(x) = x0**2 + x1**2 the gradient is 2x, so each step multiplies x by (1 - 2 lr).
f = lambda x: np.sum(x ** 2)
x = gradient_descent(f, np.array([-3.0, 4.0]), lr=0.1, step_num=100)
assert np.allclose(x, 0.8 ** 100 * np.array([-3.0, 4.0]), rtol=1e-4, atol=1e-12), (
    f"expected 0.8**100 * [-3, 4] (about [-6.1e-10, 8.1e-10]), got {x}")
x = gradient_descent(f, np.array([-3.0, 4.0]))
assert np.allclose(x, 0.98 ** 100 * np.array([-3.0, 4.0]), rtol=1e-4), (
    f"with the defaults lr=0.01, step_num=100 expected about [-0.398, 0.530], got {x}")
print("gradient_descent: checks passed")

# %% [markdown]
# Try the learning rate at both extremes: with `lr=10` the point flies off, with
# `lr=1e-10` it hardly moves.

# %%
f = lambda x: np.sum(x ** 2)
for lr in (10.0, 1e-10, 0.1):
    result = gradient_descent(f, np.array([-3.0, 4.0]), lr=lr, step_num=100)
    print(f"lr={lr:g}: x after 100 steps = {result}")

# %% [markdown]
# ## 4. Softmax and cross-entropy
#
# A classifier outputs one score per class. **Softmax** turns a row of scores into
# probabilities: $p_k = e^{s_k} / \sum_j e^{s_j}$. All are positive and they sum to 1.
#
# Exponentials overflow: `np.exp(1000)` is `inf`, and `inf / inf` is `nan`. Since adding a
# constant to every score of a row does not change its softmax, subtract the row's maximum
# first; then the largest exponent is `e**0 = 1`.
#
# The function takes one sample `(C,)` or a batch `(N, C)`, one sample per row. Mistakes
# seen again and again:
#
# * one maximum for the whole batch: a row whose scores all sit far below the batch maximum
#   underflows to `0 / 0`;
# * normalising over the whole batch or down the columns instead of along each row;
# * `np.sum(..., axis=1)` without `keepdims=True`, so `(N, C) / (N,)` broadcasts wrongly;
# * `x -= x.max(...)`, which changes the caller's array.
#
# **Cross-entropy** measures how much probability the prediction gives to the true class.
# With a one-hot target `y`, the error of a sample is $-\sum_k y_k \log(p_k + \delta)$
# with $\delta = 10^{-7}$, and a batch reports the **mean** over its samples.
#
# * The $\delta$ goes **inside** the log: `log(0)` is `-inf`, and `0 * log(0)` at a
#   non-target class is `nan`.
# * A 1-D `p` is a single sample: its batch size is 1, not `len(p)`.
# * Divide by the batch size: the sum would make the loss grow with the batch.

# %%
# nngrader: solution reference.softmax_classifier.softmax

# %%
# nngrader: check softmax
p = softmax(np.array([1.0, 2.0, 3.0]))
assert np.allclose(p, [0.09003057, 0.24472847, 0.66524096], atol=1e-8), (
    f"softmax([1, 2, 3]) should be [0.0900, 0.2447, 0.6652], got {p}")
x = np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0]])
p = softmax(x)
assert p.shape == (2, 3), f"a (2, 3) batch should give (2, 3) probabilities, got {p.shape}"
assert np.allclose(p, [[0.09003057, 0.24472847, 0.66524096], [1 / 3, 1 / 3, 1 / 3]],
                   atol=1e-8), (
    "softmax of [[1, 2, 3], [1000, 1000, 1000]] should normalise each row on its own, "
    f"subtracting that row's maximum; got\n{p}")
assert np.array_equal(x, [[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0]]), "softmax changed its input"
print("softmax: checks passed")

# %%
# nngrader: solution reference.softmax_classifier.cross_entropy_error

# %%
# nngrader: check cross_entropy_error
t = np.array([0.0, 0.0, 1.0, 0.0])
p = np.array([0.1, 0.3, 0.6, 0.0])
err = cross_entropy_error(p, t)
assert abs(err - 0.510825457099338) < 1e-9, (
    f"expected -log(0.6 + 1e-7) = 0.5108254571, got {err} "
    "(the 1e-7 goes inside the log; a 1-D input is one sample)")
err = cross_entropy_error(np.array([0.0, 1.0, 0.0]), np.array([1.0, 0.0, 0.0]))
assert abs(err - 16.11809565095832) < 1e-6, f"p = 0 at the target should give -log(1e-7), got {err}"
P = np.array([[0.6, 0.4, 0.0], [0.2, 0.8, 0.0]])
T = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
err = cross_entropy_error(P, T)
assert abs(err - 0.3669844417067778) < 1e-9, (
    f"a batch should give the mean of -log(0.6 + 1e-7) and -log(0.8 + 1e-7) = 0.36698444, got {err}")
print("cross_entropy_error: checks passed")

# %% [markdown]
# ## 5. A first network: `SimpleNet`
#
# `SimpleNet` maps 2 inputs to 3 class scores with one weight matrix `W` of shape (2, 3):
# `predict(x)` returns the scores `x W`, and `loss(x, t)` turns them into probabilities
# with `softmax` and compares them with the one-hot target `t` by `cross_entropy_error`.
#
# The constructor is given: it draws `W` from a normal distribution with a fixed seed, so
# every run starts from the same weights. You write `predict` and `loss`. Do not pass raw
# scores to `cross_entropy_error`: scores can be negative, probabilities cannot.

# %%
# nngrader: solution reference.softmax_classifier.SimpleNet given=__init__

# %%
# nngrader: check simple_net
net = SimpleNet()
assert net.W.shape == (2, 3), f"W should have shape (2, 3), got {net.W.shape}"
net.W = np.array([[1.0, 0.0, -1.0], [0.5, 2.0, 0.0]])
x = np.array([0.6, 0.9])
scores = net.predict(x)
assert np.allclose(scores, [1.05, 1.8, -0.6]), f"predict([0.6, 0.9]) should be x W = [1.05, 1.8, -0.6], got {scores}"
loss = net.loss(x, np.array([0.0, 0.0, 1.0]))
assert abs(loss - 2.846659393521834) < 1e-6, (
    f"loss should be -log(softmax([1.05, 1.8, -0.6])[2] + 1e-7) = 2.8466594, got {loss}")
batch = net.predict(np.array([[0.6, 0.9], [1.0, 0.0]]))
assert np.allclose(batch, [[1.05, 1.8, -0.6], [1.0, 0.0, -1.0]]), f"batch predict gave\n{batch}"
print("simple_net: checks passed")

# %% [markdown]
# ### Training `SimpleNet`
#
# The loss depends on `W` through the network, not through an argument. The trick is a
# function of a *dummy* argument that just evaluates the loss, `lambda w: net.loss(x, t)`.
# Because `numerical_gradient` nudges `net.W` itself, each call sees the nudged weights.
# Below we take 100 single steps with `gradient_descent`, store the result in `net.W`,
# and record the loss after each step.

# %%
net = SimpleNet()
x = np.array([0.6, 0.9])
t = np.array([0.0, 0.0, 1.0])
f = lambda w: net.loss(x, t)
print("gradient of the loss with respect to W:\n", numerical_gradient(f, net.W))

losses = [net.loss(x, t)]
for _ in range(100):
    net.W = gradient_descent(f, net.W, lr=0.1, step_num=1)
    losses.append(net.loss(x, t))
print(f"loss {losses[0]:.4f} -> {losses[-1]:.4f}; predicted class {np.argmax(net.predict(x))}")

plt.plot(losses)
plt.xlabel("step")
plt.ylabel("cross-entropy loss")
plt.show()
