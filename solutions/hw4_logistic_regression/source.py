# %% [markdown]
# # Homework 4: is it a cat? Logistic regression as a one-neuron network
#
# Logistic regression is a single sigmoid neuron with a log-loss. Here it learns to tell
# photos of cats from other photos. Along the way you build the pieces that every larger
# network reuses: a forward pass, a cost, gradients by the chain rule, gradient descent,
# prediction, and arrays laid out so that no Python loop runs over the examples.
#
# You will write `sigmoid`, `initialize_with_zeros`, `propagate`, `optimize`, `predict` and
# `model`. Replace each `# YOUR CODE HERE` / `raise NotImplementedError()` with your code
# and run the check cell after it.

# %%
import os
import time
from pathlib import Path

import h5py
import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ## 1. Optimisation in one paragraph
#
# Training looks for the parameters $w, b$ that make the cost $J(w, b)$ smallest. The
# gradient points uphill, so gradient descent repeats
#
# $$w \leftarrow w - \alpha \frac{\partial J}{\partial w}, \qquad
#   b \leftarrow b - \alpha \frac{\partial J}{\partial b}$$
#
# with the learning rate $\alpha$. Where the slope is positive $w$ moves left, where it is
# negative $w$ moves right, and it settles where the slope is zero. For logistic regression
# the cost is convex (one bowl-shaped valley). The loss surfaces of deeper networks are
# far more rugged, but the same rule is used on them.
#
# ## 2. The chain rule on a computation graph
#
# Write the computation for one example with two features as a chain of small steps:
#
# $$z = w_1 x_1 + w_2 x_2 + b, \qquad a = \sigma(z), \qquad
#   L(a, y) = -\big(y \log a + (1 - y)\log(1 - a)\big).$$
#
# The forward pass runs left to right. The backward pass runs right to left, multiplying
# local derivatives. With $\partial L/\partial a = -y/a + (1-y)/(1-a)$ and
# $\partial a/\partial z = a(1-a)$, most of it cancels:
#
# $$\frac{\partial L}{\partial z} = a - y, \qquad
#   \frac{\partial L}{\partial w_j} = x_j\,(a - y), \qquad
#   \frac{\partial L}{\partial b} = a - y.$$
#
# The cost $J$ over $m$ examples is the mean of their losses, so its gradients are the
# means of these per-example gradients.
#
# ## 3. Vectorisation
#
# Averaging over examples in a Python `for` loop is slow. Numpy's array operations run in
# compiled code. Compare one dot product computed both ways:

# %%
a = np.random.default_rng(0).random(100_000)
b = np.random.default_rng(1).random(100_000)

start = time.perf_counter()
total = 0.0
for i in range(len(a)):
    total += a[i] * b[i]
loop_ms = 1000 * (time.perf_counter() - start)

start = time.perf_counter()
total_vectorised = np.dot(a, b)
dot_ms = 1000 * (time.perf_counter() - start)
print(f"for loop: {loop_ms:.1f} ms, np.dot: {dot_ms:.3f} ms, same result: {np.isclose(total, total_vectorised)}")

# %% [markdown]
# So we stack the $m$ examples as the **columns** of a matrix. With $n$ features:
#
# | array | shape | meaning |
# | --- | --- | --- |
# | `X` | (n, m) | one example per column |
# | `Y` | (1, m) | labels, 0 or 1 |
# | `w` | (n, 1) | weights |
# | `b` | scalar | bias |
# | `A = sigmoid(w.T @ X + b)` | (1, m) | one probability per example |
#
# and every formula above becomes a matrix expression:
#
# $$J = -\frac{1}{m}\sum \big(Y \log A + (1-Y)\log(1-A)\big),\qquad
#   dw = \frac{1}{m} X (A - Y)^\top,\qquad db = \frac{1}{m}\sum (A - Y).$$
#
# ## 4. The data
#
# 209 training and 50 test images of 64x64 pixels with three colour channels; label 1 means
# cat. The files live in the course data folder, whose path is in the environment variable
# `NNGRADER_DATA`.

# %%
def load_dataset():
    """Cat / non-cat images and labels from $NNGRADER_DATA/catvnoncat/ (HDF5)."""
    folder = Path(os.environ.get("NNGRADER_DATA", "datasets")) / "catvnoncat"
    if not folder.is_dir():
        raise FileNotFoundError(
            f"{folder} not found: set NNGRADER_DATA to the course data folder")
    with h5py.File(folder / "train_catvnoncat.h5", "r") as train:
        train_x, train_y = train["train_set_x"][:], train["train_set_y"][:]
    with h5py.File(folder / "test_catvnoncat.h5", "r") as test:
        test_x, test_y = test["test_set_x"][:], test["test_set_y"][:]
        classes = [name.decode() for name in test["list_classes"][:]]
    return train_x, train_y.reshape(1, -1), test_x, test_y.reshape(1, -1), classes


train_x_orig, train_y, test_x_orig, test_y, classes = load_dataset()
print("train images:", train_x_orig.shape, "labels:", train_y.shape)
print("test images: ", test_x_orig.shape, "labels:", test_y.shape)

plt.figure(figsize=(8, 2))
for i in range(4):
    plt.subplot(1, 4, i + 1)
    plt.imshow(train_x_orig[i])
    plt.title(classes[train_y[0, i]])
    plt.axis("off")
plt.show()

# %% [markdown]
# Each image becomes one column of 64·64·3 = 12288 numbers. `reshape(m, -1)` keeps each
# image's pixels together in one row, and `.T` turns rows into columns. Writing
# `reshape(-1, m)` instead gives the right shape but mixes pixels of different images in
# each column. Dividing by 255 brings the pixels into [0, 1].

# %%
train_x = train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255.0
test_x = test_x_orig.reshape(test_x_orig.shape[0], -1).T / 255.0
print("train_x:", train_x.shape, " test_x:", test_x.shape)

# %% [markdown]
# ## 5. The building blocks
#
# `sigmoid(z)`: $1 / (1 + e^{-z})$, element-wise, for a number or an array of any shape.

# %%
# nngrader: solution reference.logistic_regression.sigmoid

# %%
# nngrader: check sigmoid
assert sigmoid(0) == 0.5, f"sigmoid(0) should be 0.5, got {sigmoid(0)}"
out = sigmoid(np.array([[0.0, np.log(3.0)]]))
assert out.shape == (1, 2) and np.allclose(out, [[0.5, 0.75]]), (
    f"sigmoid([[0, ln 3]]) should be [[0.5, 0.75]], got {out}")
print("sigmoid: checks passed")

# %% [markdown]
# `initialize_with_zeros(dim)`: `w` as zeros of shape (dim, 1) (a column, not a flat
# vector of shape (dim,)) and `b = 0.0`. For logistic regression, starting at zero is
# fine: with a single neuron there is no symmetry between units to break.

# %%
# nngrader: solution reference.logistic_regression.initialize_with_zeros

# %%
# nngrader: check initialize_with_zeros
w, b = initialize_with_zeros(3)
assert np.shape(w) == (3, 1) and not np.any(w), f"w should be zeros of shape (3, 1), got {w!r}"
assert b == 0, f"b should be 0, got {b!r}"
print("initialize_with_zeros: checks passed")

# %% [markdown]
# `propagate(w, b, X, Y)`: one forward and one backward pass over all $m$ examples. Return
# `grads = {"dw": dw, "db": db}` and `cost`.
#
# * $m$ is the number of **columns**, `X.shape[1]`. `X.shape[0]` is the number of
#   features.
# * `dw` has the shape of `w`, (n, 1); `db` and `cost` are plain numbers.

# %%
# nngrader: solution reference.logistic_regression.propagate

# %%
# nngrader: check propagate
w = np.array([[0.5], [-1.0]])
b = 0.25
X = np.array([[1.0, -2.0, 0.0], [0.5, 1.0, -1.5]])
Y = np.array([[1, 0, 1]])
# By hand: A = sigmoid([0.25, -1.75, 1.75]) = [0.5622, 0.1480, 0.8520].
gradients, cost = propagate(w, b, X, Y)
assert abs(float(cost) - 0.29879590691833935) < 1e-9, f"cost should be 0.2987959, got {cost}"
assert np.shape(gradients["dw"]) == (2, 1), f"dw should have the shape of w, (2, 1), got {np.shape(gradients['dw'])}"
assert np.allclose(gradients["dw"], [[-0.244639298393], [0.050402081841]]), (
    f"dw should be [[-0.2446393], [0.0504021]], got {gradients['dw']} (m = X.shape[1]?)")
assert abs(float(gradients["db"]) + 0.14594116637140062) < 1e-9, f"db should be -0.1459412, got {gradients['db']}"
print("propagate: checks passed")

# %% [markdown]
# `optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False)`: repeat
# `num_iterations` times: `propagate`, then update `w` with `dw` and `b` with `db`.
# Record the cost at iterations 0, 100, 200, ... (the cost computed at the start of that
# iteration) and print it when `print_cost` is true. Return
# `({"w": w, "b": b}, {"dw": dw, "db": db}, costs)`.
#
# Two slips to avoid: a `return` indented inside the loop stops after one iteration, and
# `b = w - learning_rate * db` updates the bias from the weights.

# %%
# nngrader: solution reference.logistic_regression.optimize

# %%
# nngrader: check optimize
X = np.array([[1.0, -2.0, 0.0], [0.5, 1.0, -1.5]])
Y = np.array([[1, 0, 1]])
params, grads, costs = optimize(np.array([[0.5], [-1.0]]), 0.25, X, Y,
                                num_iterations=201, learning_rate=0.1)
assert len(costs) == 3, f"201 iterations record the costs of iterations 0, 100, 200: got {len(costs)}"
assert np.allclose(costs, [0.29879590691833935, 0.06742276761802747, 0.03653366017586928]), (
    f"costs should be [0.2987959, 0.0674228, 0.0365337], got {costs}")
assert np.allclose(params["w"], [[2.058713359883], [-1.388276368256]]), f"final w: {params['w']}"
assert abs(float(params["b"]) - 1.381262216917747) < 1e-9, f"final b should be 1.3812622, got {params['b']}"
assert np.allclose(grads["dw"], [[-0.030862779446], [0.010469947156]]), "grads are those of the last iteration"
print("optimize: checks passed")

# %% [markdown]
# `predict(w, b, X)`: the label of every example, 1 where the probability $A$ is above
# 0.5 and 0 otherwise, as an array of shape (1, m). A comparison such as `A > 0.5` does it
# in one step, and says what is meant. Tricks can fail at the edges: `np.floor(A / 0.5)`
# gives 2 where A is 1.0. (`np.round(A)` happens to agree with `A > 0.5`: numpy rounds
# halves to the even number, so 0.5 becomes 0.)

# %%
# nngrader: solution reference.logistic_regression.predict

# %%
# nngrader: check predict
w = np.array([[1.0], [-1.0]])
X = np.array([[2.0, 0.0, 1.0, 50.0], [1.0, 3.0, 1.5, 0.0]])  # z = [1, -3, -0.5, 50]
labels = predict(w, 0.0, X)
assert np.shape(labels) == (1, 4), f"predictions should have shape (1, m) = (1, 4), got {np.shape(labels)}"
assert np.array_equal(labels, [[1, 0, 0, 1]]), f"expected [[1, 0, 0, 1]], got {labels}"
print("predict: checks passed")

# %% [markdown]
# ## 6. The whole model
#
# `model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005,
# print_cost=False)` puts it together: zero parameters, `optimize` on the training set,
# `predict` on both sets. It returns a dict with `"costs"`, `"Y_prediction_test"`,
# `"Y_prediction_train"`, `"w"` and `"b"`.

# %%
# nngrader: solution reference.logistic_regression.model

# %%
# nngrader: check model
X = np.array([[1.0, 2.0, -1.0, -2.0, 0.5, -0.5], [1.0, 0.5, -1.0, -0.5, 1.0, -1.0]])
Y = np.array([[1, 1, 0, 0, 1, 0]])  # 1 exactly where x1 + x2 > 0
d = model(X, Y, X[:, :2], Y[:, :2], num_iterations=300, learning_rate=0.5)
for key in ("costs", "Y_prediction_test", "Y_prediction_train", "w", "b"):
    assert key in d, f"the result has no {key!r}"
assert len(d["costs"]) == 3 and abs(d["costs"][0] - np.log(2)) < 1e-9, (
    f"3 costs expected, the first log(2) = 0.6931 (zero parameters), got {d['costs']}")
assert np.shape(d["w"]) == (2, 1), f"w should have shape (2, 1), got {np.shape(d['w'])}"
assert np.array_equal(d["Y_prediction_train"], Y), f"this data is separable: {d['Y_prediction_train']}"
assert np.array_equal(d["Y_prediction_test"], [[1, 1]]), f"test predictions: {d['Y_prediction_test']}"
print("model: checks passed")

# %% [markdown]
# ## 7. Training on the cats
#
# 2000 iterations at a learning rate of 0.005. The training accuracy should come out near
# 99% and the test accuracy near 70%. The large gap is **overfitting**: 12288 weights are
# a lot for 209 examples. Note also that the test set is two-thirds cats, while the
# training set is two-thirds non-cats.

# %%
d = model(train_x, train_y, test_x, test_y, num_iterations=2000, learning_rate=0.005,
          print_cost=True)
print(f"train accuracy: {100 * np.mean(d['Y_prediction_train'] == train_y):.1f} %")
print(f"test accuracy:  {100 * np.mean(d['Y_prediction_test'] == test_y):.1f} %")

plt.plot(np.arange(len(d["costs"])) * 100, np.squeeze(d["costs"]))
plt.xlabel("iteration")
plt.ylabel("cost")
plt.title("learning rate 0.005")
plt.show()
