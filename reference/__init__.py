"""The oracle: correct numpy implementations of every graded question.

One module per topic (see docs/ARCHITECTURE.md); each module's `__all__` lists
the top-level names a student's notebook defines for it. Every such function or
class is self-contained (it uses `np` and other names of the same assignment
only), because the build pastes its source into the solved notebooks.
"""
import importlib

ASSIGNMENT_MODULES = {
    "hw1_gradients": ["reference.gradients", "reference.softmax_classifier"],
    "hw2_two_layer_net": ["reference.two_layer_net"],
    "hw3_neuron": ["reference.neuron"],
    "hw4_logistic_regression": ["reference.logistic_regression"],
    "hw5_optimizers": ["reference.training", "reference.optimizers"],
    "hw6_curve_fitting": ["reference.curve_fitting"],
}

# Names an assignment's notebook hands to the student as ready-made code
# (taken from an earlier assignment), found in the modules above.
GIVEN_NAMES = {
    "hw2_two_layer_net": ["softmax", "cross_entropy_error", "numerical_gradient"],
}


def namespace(assignment_id):
    """Name -> object for everything an assignment's solved notebook defines.

    Keys are the top-level names of the contract (`SimpleNet`, `train`, ...),
    plus the given helpers of GIVEN_NAMES. Raises KeyError for an unknown id.
    """
    names = {}
    for module_name in ASSIGNMENT_MODULES[assignment_id]:
        module = importlib.import_module(module_name)
        for name in GIVEN_NAMES.get(assignment_id, []) + module.__all__:
            names[name] = getattr(module, name)
    return names
