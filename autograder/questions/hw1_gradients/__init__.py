"""hw1_gradients: numerical differentiation, gradient descent, softmax, SimpleNet.

Tolerances: a submission's central difference uses the same h = 1e-4 as the reference, so
correct variants (loops, np.nditer, other index orders) agree to about 1e-10; a forward
difference is off by about 1e-4 relative and `/ 2*h` by a factor of 1e8, hence 1e-6.
"""
from ..spec import Assignment
from . import (numerical_diff, numerical_gradient, gradient_descent, softmax, cross_entropy_error,
               simple_net)

ASSIGNMENT = Assignment(
    "hw1_gradients",
    [numerical_diff.QUESTION,
     numerical_gradient.QUESTION,
     gradient_descent.QUESTION,
     softmax.QUESTION,
     cross_entropy_error.QUESTION,
     simple_net.QUESTION],
    reference_modules=("gradients", "softmax_classifier"), seed=1001, drivers="hw1")
