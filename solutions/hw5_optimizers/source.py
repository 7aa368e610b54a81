# %% [markdown]
# # Homework 5: the tools of training
#
# Homeworks 1 to 4 trained with the plainest gradient descent. This homework collects the
# tools that make training work in practice: sizing a network, letting the learning rate
# decay, choosing a loss that matches the goal, regularising, and the family of optimizers
# from momentum to Adam.
#
# You will write `count_params`, `exponential_decay`, `mse`, `custom_loss`, `l2_penalty`
# and five update rules: `sgd`, `sgd_momentum`, `adagrad`, `rmsprop`, `adam`. Replace
# each `# YOUR CODE HERE` / `raise NotImplementedError()` with your code and run the check
# cell after it. Only numpy: every framework feature here is a few lines of arithmetic.

# %%
import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ## 1. How big is a network?
#
# Two numbers describe the cost of a fully connected network:
#
# * **space**: the number of layers (the hidden layers plus the output layer; the input
#   layer does no computation and is not counted) and the number of **parameters**, all
#   weights plus all biases. A layer from $n_{in}$ to $n_{out}$ units has an
#   $n_{in} \times n_{out}$ weight matrix and $n_{out}$ biases;
# * **time**: the number of multiply-adds of one forward pass, $n_{in} \cdot n_{out}$ per
#   layer.
#
# Write `count_params(layer_sizes)` for a list of layer widths, input layer first.
# The 784-50-10 network of homework 2 has 39,760 parameters.

# %%
# nngrader: solution reference.training.count_params

# %%
# nngrader: check count_params
assert count_params([784, 50, 10]) == 39760, f"[784, 50, 10] has 39760 parameters, got {count_params([784, 50, 10])}"
# 3*4 + 4 weights and biases into the hidden layer, 4*2 + 2 into the output layer
assert count_params([3, 4, 2]) == 26, f"[3, 4, 2] has 26 parameters, got {count_params([3, 4, 2])}"
assert count_params([2, 1]) == 3, f"[2, 1] has 3 parameters, got {count_params([2, 1])}"
print("count_params: checks passed")

# %% [markdown]
# ## 2. A decaying learning rate
#
# A large learning rate makes fast progress at first but then jumps back and forth across
# the minimum. A small one is stable but slow. A common compromise starts large and
# shrinks the rate as training goes on:
#
# $$\text{lr} = \text{lr}_{base} \cdot \text{decay\_rate}^{\,\text{global\_step} /
#   \text{decay\_steps}}$$
#
# `global_step` counts the updates so far, and every `decay_steps` updates the rate is
# multiplied by `decay_rate`. Keep the exponent a true division, so the rate shrinks
# smoothly between those points rather than in stairs.

# %%
# nngrader: solution reference.training.exponential_decay

# %%
# nngrader: check exponential_decay
assert exponential_decay(0.2, 0.99, 0, 1) == 0.2, "at step 0 the rate is lr_base"
assert abs(exponential_decay(0.2, 0.99, 10, 1) - 0.18087641500176088) < 1e-12, (
    f"0.2 * 0.99**10 = 0.1808764, got {exponential_decay(0.2, 0.99, 10, 1)}")
assert abs(exponential_decay(1.0, 0.5, 5, 10) - 0.7071067811865476) < 1e-12, (
    "halfway to the next decay the rate is multiplied by sqrt(0.5), not by 1 or 0.5: got "
    f"{exponential_decay(1.0, 0.5, 5, 10)}")
print("exponential_decay: checks passed")

# %% [markdown]
# Minimise $(w + 1)^2$ from $w = 5$ with a rate that starts at 0.2 and decays by 1% per
# step.

# %%
w, ws, rates = 5.0, [], []
for step in range(100):
    lr = exponential_decay(0.2, 0.99, step, 1)
    w -= lr * 2 * (w + 1)  # the derivative of (w + 1)**2 is 2 (w + 1)
    ws.append(w)
    rates.append(lr)
print(f"w after 100 steps: {w:.6f} (the minimum is at -1)")

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3))
left.plot(rates)
left.set_xlabel("step")
left.set_ylabel("learning rate")
right.plot(ws)
right.set_xlabel("step")
right.set_ylabel("w")
plt.show()

# %% [markdown]
# ## 3. Activation functions, briefly
#
# A good activation function is **non-linear** (otherwise stacked layers collapse into
# one), **differentiable** (gradient descent needs its derivative), ideally **monotonic**,
# and close to the identity near zero. When its output is bounded, gradient-based training
# is more stable. When it is unbounded, use a smaller learning rate.
#
# The sigmoid has three known problems. Its derivative is at most 0.25, so a product of
# many of them across layers shrinks towards zero and the gradients vanish. Its outputs
# are all positive, which slows convergence. And it needs an exponential, which is costly.
# Practical advice for a first network: ReLU in the hidden layers, a smallish learning
# rate, inputs standardised to mean 0 and standard deviation 1, and initial weights drawn
# around 0 with standard deviation $\sqrt{2 / n_{in}}$.
#
# ## 4. Losses
#
# The loss states what "wrong" means, and the optimizer only knows what the loss tells it.
#
# **Mean squared error** for regression: $\frac{1}{n}\sum (y - \hat y)^2$ over all
# entries.

# %%
# nngrader: solution reference.training.mse

# %%
# nngrader: check mse
value = mse(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 5.0]))
assert abs(value - 4 / 3) < 1e-12, f"mse([1, 2, 3], [1, 2, 5]) = 4/3, got {value}"
value = mse(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([[0.5, 0.0], [0.0, -1.0]]))
assert abs(value - 1.0625) < 1e-12, f"the mean runs over every entry: expected 1.0625, got {value}"
print("mse: checks passed")

# %% [markdown]
# A test problem: a shop sells $y \approx x_1 + x_2$ pots of yoghurt a day, where $x_1$ and
# $x_2$ are two factors that drive the sales, plus a little noise. A linear model
# $\hat y = x w$ with $w$ of shape (2, 1), trained on the MSE, should find $w \approx
# [1, 1]$. The gradient of the MSE is $\frac{2}{n} x^\top (x w - y)$.

# %%
rng = np.random.default_rng(0)
x_sales = rng.random((32, 2))
y_sales = x_sales.sum(axis=1, keepdims=True) + rng.uniform(-0.05, 0.05, (32, 1))

w = np.zeros((2, 1))
for step in range(2000):
    w -= 0.1 * 2 * x_sales.T @ (x_sales @ w - y_sales) / len(x_sales)
print("w fitted by MSE:", w.ravel(), " final loss:", mse(y_sales, x_sales @ w))

# %% [markdown]
# The MSE treats over- and under-prediction alike, but a shop does not. If a pot costs 1 to
# make and earns 99 when sold, baking one too many loses 1 and baking one too few loses 99.
# A **custom loss** prices each kind of error:
#
# $$\text{loss} = \sum_i \begin{cases} \text{cost}\,(\hat y_i - y_i) & \hat y_i > y_i \\
#   \text{profit}\,(y_i - \hat y_i) & \text{otherwise} \end{cases}$$
#
# `np.where(condition, a, b)` picks from `a` where the condition holds and from `b`
# elsewhere. Write `custom_loss(y_true, y_pred, cost=1.0, profit=99.0)`, summed over all
# entries.

# %%
# nngrader: solution reference.training.custom_loss

# %%
# nngrader: check custom_loss
y_true = np.array([1.0, 2.0, 3.0])
y_pred = np.array([2.0, 2.0, 1.0])  # one over by 1, one exact, one under by 2
value = custom_loss(y_true, y_pred)
assert abs(value - 199.0) < 1e-9, f"expected 1*1 + 99*2 = 199, got {value}"
value = custom_loss(y_true, y_pred, cost=2.0, profit=3.0)
assert abs(value - 8.0) < 1e-9, f"with cost 2 and profit 3 expected 2*1 + 3*2 = 8, got {value}"
print("custom_loss: checks passed")

# %% [markdown]
# Trained on this loss, the model learns to predict **more** than the average sales,
# because running short is expensive. Swap the prices and it predicts less. The gradient of
# each term is `cost * x_i` where the prediction is above the target and `-profit * x_i`
# where it is not.

# %%
for cost, profit in ((1.0, 99.0), (99.0, 1.0)):
    w = np.ones((2, 1))
    for step in range(5000):
        over = x_sales @ w > y_sales
        w -= 1e-4 * x_sales.T @ np.where(over, cost, -profit)
    print(f"cost {cost:g}, profit {profit:g}: w = {w.ravel()}")

# %% [markdown]
# **Cross-entropy** (homework 1) is the loss for classification: combined with softmax, it
# compares predicted class probabilities with the true class.
#
# ## 5. L2 regularisation
#
# A network with many parameters can fit the noise of its training data (overfitting). L2
# regularisation adds a penalty for large weights to the loss:
#
# $$\text{loss}_{total} = \text{loss} + \frac{\lambda}{2} \sum_{\text{all weights}} w^2$$
#
# Its gradient adds $\lambda w$ to each weight's gradient, pulling every weight a little
# towards zero at each step (hence the other name, *weight decay*). Write
# `l2_penalty(weights, lam)` for a list of weight arrays of any shapes. Biases are
# usually left out of the list.

# %%
# nngrader: solution reference.training.l2_penalty

# %%
# nngrader: check l2_penalty
weights = [np.array([[1.0, 2.0], [3.0, 0.0]]), np.array([-1.0])]
value = l2_penalty(weights, 0.1)
assert abs(value - 0.75) < 1e-12, f"0.1 / 2 * (1 + 4 + 9 + 0 + 1) = 0.75, got {value}"
assert l2_penalty(weights, 0.0) == 0.0, "lam = 0 means no penalty"
print("l2_penalty: checks passed")

# %% [markdown]
# ## 6. Optimizers
#
# All five optimizers share one interface, so that a training loop can switch between
# them:
#
# ```python
# next_w, config = update(w, dw, config=None)
# ```
#
# `w` is an array of parameters and `dw` the gradient of the loss at `w`, of the same
# shape. `config` is a dict holding the hyper-parameters (learning rate, ...) and the
# **state** an optimizer carries from one step to the next (a velocity, a cache, a step
# count). When `config` is `None`, create a new dict. Then fill in missing entries with
# `config.setdefault(key, default)`: state arrays start as `np.zeros_like(w)`, and the Adam
# step count starts at 0. Store the new state back in `config` and return it, because the
# next call receives that dict.
#
# ### SGD
#
# The plain step, $w \leftarrow w - \eta\, dw$. Default `learning_rate` 1e-2.

# %%
# nngrader: solution reference.optimizers.sgd

# %%
# nngrader: check sgd
next_w, config = sgd(np.array([1.0, -2.0]), np.array([0.5, 0.5]))
assert np.allclose(next_w, [0.995, -2.005]), f"with the default rate 0.01 expected [0.995, -2.005], got {next_w}"
assert config["learning_rate"] == 1e-2, f"config should hold the default learning_rate, got {config}"
next_w, config = sgd(np.array([1.0, -2.0]), np.array([0.5, 0.5]), {"learning_rate": 0.1})
assert np.allclose(next_w, [0.95, -2.05]), f"with learning_rate 0.1 expected [0.95, -2.05], got {next_w}"
print("sgd: checks passed")

# %% [markdown]
# ### SGD with momentum
#
# Gradients that keep pointing the same way should build up speed, and gradients that
# flip sign should cancel. Keep an exponential moving average of the gradients, the
# **velocity** $m$, and step along it:
#
# $$m \leftarrow \beta\, m + (1 - \beta)\, dw, \qquad w \leftarrow w - \eta\, m.$$
#
# Config: `learning_rate` 1e-2, `momentum` ($\beta$) 0.9, state `velocity`.

# %%
# nngrader: solution reference.optimizers.sgd_momentum

# %%
# nngrader: check sgd_momentum
# By hand: m = 0.1 * 2 = 0.2, w = 1 - 0.01 * 0.2 = 0.998; then m = 0.9 * 0.2 + 0.2 = 0.38.
w, config = sgd_momentum(np.array([1.0]), np.array([2.0]))
assert np.allclose(w, [0.998]), f"first step: expected [0.998], got {w}"
assert np.allclose(config["velocity"], [0.2]), f"velocity after one step: expected [0.2], got {config.get('velocity')}"
w, config = sgd_momentum(w, np.array([2.0]), config)
assert np.allclose(config["velocity"], [0.38]) and np.allclose(w, [0.9942]), (
    f"second step: expected velocity [0.38] and w [0.9942], got {config['velocity']} and {w}")
print("sgd_momentum: checks passed")

# %% [markdown]
# ### Adagrad
#
# Give each parameter its own step size. Keep the running **sum** of its squared gradients,
# the `cache`, and divide the step by the square root of it. Parameters with large
# gradients take smaller steps:
#
# $$\text{cache} \leftarrow \text{cache} + dw^2, \qquad
#   w \leftarrow w - \eta\, \frac{dw}{\sqrt{\text{cache}} + \epsilon}.$$
#
# Config: `learning_rate` 1e-2, `epsilon` 1e-8 (it avoids dividing by zero), state `cache`.
# Because the cache only grows, the steps keep shrinking.

# %%
# nngrader: solution reference.optimizers.adagrad

# %%
# nngrader: check adagrad
w, config = adagrad(np.array([1.0, 1.0]), np.array([3.0, -4.0]))
assert np.allclose(config["cache"], [9.0, 16.0]), f"cache should be [9, 16], got {config.get('cache')}"
assert np.allclose(w, [0.99, 1.01], rtol=1e-7), f"each entry moves by 0.01 * dw / |dw|: expected [0.99, 1.01], got {w}"
w, config = adagrad(w, np.array([4.0, 0.0]), config)
assert np.allclose(w, [0.982, 1.01], rtol=1e-7), f"second step: cache [25, 16], expected w [0.982, 1.01], got {w}"
print("adagrad: checks passed")

# %% [markdown]
# ### RMSProp
#
# Adagrad with a memory that fades. The cache is a decaying average of squared gradients,
# so the step size tracks the recent size of the gradients:
#
# $$\text{cache} \leftarrow \rho\, \text{cache} + (1 - \rho)\, dw^2, \qquad
#   w \leftarrow w - \eta\, \frac{dw}{\sqrt{\text{cache}} + \epsilon}.$$
#
# Config: `learning_rate` 1e-2, `decay_rate` ($\rho$) 0.99, `epsilon` 1e-8, state `cache`.

# %%
# nngrader: solution reference.optimizers.rmsprop

# %%
# nngrader: check rmsprop
# By hand: cache = 0.01 * 4 = 0.04, w = 1 - 0.01 * 2 / 0.2 = 0.9; then cache = 0.0796.
w, config = rmsprop(np.array([1.0]), np.array([2.0]))
assert np.allclose(w, [0.9], rtol=1e-7), f"first step: expected [0.9], got {w}"
w, config = rmsprop(w, np.array([2.0]), config)
assert np.allclose(config["cache"], [0.0796]), f"cache after two steps should be [0.0796], got {config['cache']}"
assert np.allclose(w, [0.8291118870117289], rtol=1e-7), f"second step: expected [0.8291119], got {w}"
print("rmsprop: checks passed")

# %% [markdown]
# ### Adam
#
# Momentum and RMSProp together. Keep a moving average of the gradients, $m$, and one of
# their squares, $v$:
#
# $$t \leftarrow t + 1, \quad m \leftarrow \beta_1 m + (1-\beta_1)\, dw, \quad
#   v \leftarrow \beta_2 v + (1-\beta_2)\, dw^2.$$
#
# Both averages start at zero, so early on they are biased towards zero. The fix is to
# divide them by $1 - \beta^t$, which is small at first and tends to 1:
#
# $$\hat m = \frac{m}{1 - \beta_1^t}, \quad \hat v = \frac{v}{1 - \beta_2^t}, \quad
#   w \leftarrow w - \eta\, \frac{\hat m}{\sqrt{\hat v} + \epsilon}.$$
#
# Config: `learning_rate` 1e-3, `beta1` 0.9, `beta2` 0.999, `epsilon` 1e-8, state `m`, `v`
# and `t`. Here `t` counts the steps taken: it starts at 0 and is incremented **before** the
# correction, so the first step uses $t = 1$. With $t = 0$ the correction divides by zero.
# Common slips: leaving out the correction, swapping $\beta_1$ and $\beta_2$, and
# computing the new `m`, `v`, `t` without storing them in `config`.

# %%
# nngrader: solution reference.optimizers.adam

# %%
# nngrader: check adam
# On the first step the corrected averages are dw and dw**2 exactly, so each entry moves
# by learning_rate against the sign of its gradient.
w, config = adam(np.array([1.0, -1.0]), np.array([0.5, -2.0]))
assert np.allclose(w, [0.999, -0.999], rtol=1e-6), (
    f"first step from a fresh config: expected [0.999, -0.999], got {w} (does t start at 0?)")
assert config["t"] == 1, f"after one step t should be 1, got {config.get('t')}"
w, config = adam(w, np.array([1.0, -2.0]), config)
assert config["t"] == 2 and np.allclose(config["m"], [0.145, -0.38]), (
    f"after two steps expected t = 2 and m = [0.145, -0.38], got {config.get('t')}, {config.get('m')}")
assert np.allclose(config["v"], [0.00124975, 0.007996]), f"v should be [0.00124975, 0.007996], got {config['v']}"
assert np.allclose(w, [0.998034818006, -0.99800000001], rtol=1e-6), f"second step: expected [0.9980348, -0.998], got {w}"
print("adam: checks passed")

# %% [markdown]
# ### The five side by side
#
# Fit the yoghurt model with each optimizer for 300 steps from the same start. The
# learning rates differ because each rule scales its steps differently.

# %%
def sales_loss_gradient(w):
    residual = x_sales @ w - y_sales
    return mse(y_sales, x_sales @ w), 2 * x_sales.T @ residual / len(x_sales)


settings = [(sgd, 0.1), (sgd_momentum, 0.1), (adagrad, 0.1), (rmsprop, 0.01), (adam, 0.05)]
for update, rate in settings:
    w, config, losses = np.zeros((2, 1)), {"learning_rate": rate}, []
    for step in range(300):
        loss, dw = sales_loss_gradient(w)
        losses.append(loss)
        w, config = update(w, dw, config)
    plt.semilogy(losses, label=f"{update.__name__} (lr {rate:g})")
    print(f"{update.__name__:13s} w = {w.ravel()}")
plt.xlabel("step")
plt.ylabel("MSE")
plt.legend()
plt.show()
