# %% [markdown]
# # Homework 3: one neuron, trained by hand
#
# Deep learning work goes round a loop: have an **idea**, turn it into **code**, run an
# **experiment**, and let the result change the idea. This homework goes round it once
# with the smallest network there is, a single neuron with two inputs. You write its
# forward pass and its backpropagation by hand with the chain rule, and you find (and
# avoid) the bug that most often breaks such code: numpy broadcasting two shapes you did
# not mean to combine.
#
# You will write `sigmoid`, `deriv_sigmoid`, `mse_loss` and the methods `feedforward` and
# `train` of `class Neuron`. Replace each `# YOUR CODE HERE` /
# `raise NotImplementedError()` with your code and run the check cell after it.

# %%
import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ## 1. The idea
#
# A neuron receives a vector $x$ of $n$ features (here $n = 2$), weighs them, adds a bias,
# and squashes the result with an **activation function**:
#
# $$z = w \cdot x + b, \qquad \hat y = \sigma(z) = \frac{1}{1 + e^{-z}}.$$
#
# The **sigmoid** $\sigma$ maps any number into (0, 1), so $\hat y$ can be read as a
# probability. Training needs its derivative, which has a neat form in terms of the
# sigmoid itself:
#
# $$\sigma'(z) = \sigma(z)\,(1 - \sigma(z)).$$
#
# It is largest at $z = 0$, where it equals 0.25, and it is tiny for large $|z|$. In deep
# networks, multiplying many such small factors makes gradients vanish; one neuron does not
# have that problem.
#
# Both functions work element-wise on arrays of any shape. `deriv_sigmoid` takes the
# sigmoid's **input** $z$, not its output.

# %%
# nngrader: solution reference.neuron.sigmoid

# %%
# nngrader: check sigmoid
assert sigmoid(0.0) == 0.5, f"sigmoid(0) should be 0.5, got {sigmoid(0.0)}"
# 1 / (1 + e^(-ln 3)) = 1 / (1 + 1/3) = 0.75
out = sigmoid(np.array([[np.log(3.0), -np.log(3.0)]]))
assert out.shape == (1, 2) and np.allclose(out, [[0.75, 0.25]]), (
    f"sigmoid([[ln 3, -ln 3]]) should be [[0.75, 0.25]] (same shape), got {out}")
print("sigmoid: checks passed")

# %%
# nngrader: solution reference.neuron.deriv_sigmoid

# %%
# nngrader: check deriv_sigmoid
assert abs(deriv_sigmoid(0.0) - 0.25) < 1e-12, f"deriv_sigmoid(0) should be 0.25, got {deriv_sigmoid(0.0)}"
out = deriv_sigmoid(np.array([np.log(3.0), -np.log(3.0), 0.0]))
assert np.allclose(out, [0.1875, 0.1875, 0.25]), (
    "deriv_sigmoid takes z, the sigmoid's input: at ln 3 it is 0.75 * 0.25 = 0.1875; "
    f"got {out}")
print("deriv_sigmoid: checks passed")

# %% [markdown]
# ## 2. The loss, and the broadcasting trap
#
# To say how wrong the neuron is on $n$ samples we use the **mean squared error**,
# $\frac{1}{n}\sum_i (y_i - \hat y_i)^2$. (The *loss* usually means the error of one
# sample, the *cost* the average over all of them; here the two words are used loosely.)
#
# It looks like a one-liner, `((y_true - y_pred) ** 2).mean()`. But predictions often come
# out as a column of shape (n, 1), while the labels are a flat vector of shape (n,).
# Subtracting those does not raise an error. Numpy **broadcasts** them into an (n, n)
# matrix of every prediction minus every label, and the mean of that matrix is a number
# that looks plausible and means nothing:

# %%
labels = np.array([1.0, 0.0, 0.0, 1.0])             # shape (4,)
outputs = np.array([[0.9], [0.2], [0.1], [0.6]])     # shape (4, 1)
print("shape of labels - outputs:", (labels - outputs).shape)
print("the wrong 'mean squared error':", ((labels - outputs) ** 2).mean())

# %% [markdown]
# When tuning the learning rate does not help, print the shapes of the intermediate
# values.
#
# Write `mse_loss(y_true, y_pred)` so that it accepts (n,) or (n, 1) for either argument,
# in any mix, and compares entry `i` with entry `i` only: flatten both first.

# %%
# nngrader: solution reference.neuron.mse_loss

# %%
# nngrader: check mse_loss
y_true = np.array([1.0, 0.0, 0.0, 1.0])
y_pred = np.array([0.9, 0.2, 0.1, 0.6])
# squared errors 0.01, 0.04, 0.01, 0.16: their mean is 0.055
for a in (y_true, y_true.reshape(-1, 1)):
    for b in (y_pred, y_pred.reshape(-1, 1)):
        loss = mse_loss(a, b)
        assert np.ndim(loss) == 0 and abs(loss - 0.055) < 1e-12, (
            f"mse_loss of shapes {a.shape} and {b.shape} should be 0.055, got {loss} "
            "(did (n,) and (n, 1) broadcast to (n, n)?)")
print("mse_loss: checks passed")

# %% [markdown]
# ## 3. Backpropagation through one neuron
#
# Training changes $w_1, w_2, b$ so that the loss falls. For one sample with loss
# $L = (y - \hat y)^2$ the chain rule splits each derivative into local pieces, one per
# step of the forward computation:
#
# $$\frac{\partial L}{\partial w_1} = \frac{\partial L}{\partial \hat y}
#   \cdot \frac{\partial \hat y}{\partial z} \cdot \frac{\partial z}{\partial w_1},
# \qquad \frac{\partial L}{\partial \hat y} = -2\,(y - \hat y),\quad
# \frac{\partial \hat y}{\partial z} = \sigma'(z),\quad
# \frac{\partial z}{\partial w_1} = x_1,\quad \frac{\partial z}{\partial w_2} = x_2,\quad
# \frac{\partial z}{\partial b} = 1.$$
#
# Backpropagation is just this: compute each local derivative and multiply them along the
# path from the loss back to the parameter. Store $z$ from the forward pass, since
# $\sigma'$ needs it.
#
# `class Neuron`:
#
# * **given:** `__init__`, which draws `weights` (shape (2,)) and `bias` from a fixed
#   random generator;
# * `feedforward(x)`: $\sigma(w \cdot x + b)$; for one sample `x` of shape (2,) a number,
#   for a batch of shape (n, 2) one output per row, shape (n,). `np.dot(x, self.weights)`
#   handles both;
# * `train(data, all_y_trues, learn_rate=0.1, epochs=1000)`: **stochastic** gradient
#   descent. In every epoch go through the samples in order. For each one do a forward
#   pass, the three derivatives above, and a step
#   $w_i \leftarrow w_i - \eta\, \partial L / \partial w_i$ (and the same for $b$). At the
#   end of each epoch append `mse_loss(all_y_trues, <outputs on all of data>)` to a list,
#   and return the list.

# %%
# nngrader: solution reference.neuron.Neuron given=__init__

# %%
# nngrader: check neuron
neuron = Neuron()
assert np.shape(neuron.weights) == (2,), f"weights should have shape (2,), got {np.shape(neuron.weights)}"
neuron.weights, neuron.bias = np.array([1.0, -1.0]), 0.5
out = neuron.feedforward(np.array([2.0, 1.0]))  # z = 2 - 1 + 0.5 = 1.5
assert abs(out - 0.8175744761936437) < 1e-9, f"feedforward([2, 1]) should be sigmoid(1.5) = 0.81757, got {out}"
out = neuron.feedforward(np.array([[2.0, 1.0], [0.0, 0.5]]))
assert np.shape(out) == (2,) and np.allclose(out, [0.8175744761936437, 0.5]), (
    f"a batch of 2 rows should give 2 outputs [0.81757, 0.5], got {out}")
# One epoch on one sample, by hand: z = 0, y_pred = 0.5, dL/dz = -2 (1 - 0.5) 0.25 = -0.25,
# so w = 0 - 0.1 (-0.25) [1, 2] = [0.025, 0.05] and b = 0.025.
neuron.weights, neuron.bias = np.zeros(2), 0.0
losses = neuron.train(np.array([[1.0, 2.0]]), np.array([1.0]), learn_rate=0.1, epochs=1)
assert np.allclose(neuron.weights, [0.025, 0.05]) and abs(neuron.bias - 0.025) < 1e-12, (
    f"after one step expected weights [0.025, 0.05] and bias 0.025, got {neuron.weights}, {neuron.bias}")
assert len(losses) == 1 and abs(losses[0] - 0.21397114797870742) < 1e-9, (
    f"the epoch's loss is (1 - sigmoid(0.15))**2 = 0.213971, got {losses}")
print("neuron: checks passed")

# %% [markdown]
# ## 4. Experiments
#
# The data: a few people, each described by weight and height, shifted and scaled so that
# the numbers are small: (weight - 65 kg) / 10 and (height - 170 cm) / 10. The label is
# 1 for a woman and 0 for a man. First, four people.

# %%
people = np.array([[-1.2, -0.8], [1.6, 0.9], [0.9, 0.4], [-1.7, -1.1]])
is_woman = np.array([1.0, 0.0, 0.0, 1.0])

neuron = Neuron()
losses = neuron.train(people, is_woman, learn_rate=0.1, epochs=1000)
print(f"loss: first epoch {losses[0]:.4f}, last epoch {losses[-1]:.6f}")
print("outputs:", np.round(neuron.feedforward(people), 3), " labels:", is_woman)

# %% [markdown]
# The loss drops to almost zero: four points that a straight line separates are too easy.
# A more honest experiment has more people and some noise, so that the two groups
# overlap a little.

# %%
rng = np.random.default_rng(3)
women = rng.normal([-0.9, -0.7], 0.7, size=(20, 2))
men = rng.normal([0.9, 0.7], 0.7, size=(20, 2))
people = np.vstack([women, men])
is_woman = np.concatenate([np.ones(20), np.zeros(20)])

neuron = Neuron()
losses = neuron.train(people, is_woman, learn_rate=0.1, epochs=300)
accuracy = np.mean((neuron.feedforward(people) > 0.5) == is_woman)
print(f"final loss {losses[-1]:.4f}, training accuracy {accuracy:.2f}")

plt.plot(losses)
plt.xlabel("epoch")
plt.ylabel("mean squared error")
plt.show()
