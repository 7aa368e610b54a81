"""hw2_two_layer_net: relu, TwoLayerNet, and mini-batch SGD on MNIST.

TwoLayerNet is exercised on a small net (4-5-3) with params set from the inputs, method by
method, so each method earns its own credit. relu and the notebook's given helpers
(softmax, cross_entropy_error) are served by the oracle while TwoLayerNet is graded: a broken
relu costs points in `relu` only, and a student who edited a given helper is not punished
twice. (`numerical_gradient` stays the notebook's: its argument is a closure, which cannot
cross to the trusted side.)

Tolerances: predict and loss agree with the reference to ~1e-15 for any correct way of
writing them; backprop gradients to ~1e-14 (RelativeError 1e-6 also accepts reordered sums);
the numerical gradient uses the same h and the same loss, so Close(1e-5) leaves room for
rounding noise around exact zeros (dead ReLU units) while a wrong batch softmax is off by
far more.

train_mnist hands the student's train a proxy network whose methods are computed here by
the reference (drivers/hw2.py); the score is the test accuracy of the trained params on
the fixed MNIST grading subset, and no reference training run is needed.
"""
from ..spec import Assignment
from . import gradient_check, relu, train_mnist, two_layer_net

ASSIGNMENT = Assignment(
    "hw2_two_layer_net",
    [relu.QUESTION,
     two_layer_net.QUESTION,
     train_mnist.QUESTION,
     gradient_check.QUESTION],
    reference_modules=("two_layer_net",), seed=2002, drivers="hw2",
    given_names=("softmax", "cross_entropy_error", "numerical_gradient"), data="mnist",
    cell_timeout=120.0)
