"""Facts shared by the build tests: where the kit is, the contract's names, the notebooks."""
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # so `autograder` imports without installing the kit
    sys.path.insert(0, str(ROOT))

# The contract (the names the course promises): question -> the top-level name a student defines.
QUESTIONS = {
    "hw1_gradients": {
        "numerical_diff": "numerical_diff", "numerical_gradient": "numerical_gradient",
        "gradient_descent": "gradient_descent", "softmax": "softmax",
        "cross_entropy_error": "cross_entropy_error", "simple_net": "SimpleNet"},
    "hw2_two_layer_net": {
        "relu": "relu", "two_layer_net": "TwoLayerNet", "train_mnist": "train"},
    "hw3_neuron": {
        "sigmoid": "sigmoid", "deriv_sigmoid": "deriv_sigmoid", "mse_loss": "mse_loss",
        "neuron": "Neuron"},
    "hw4_logistic_regression": {
        name: name for name in ("sigmoid", "initialize_with_zeros", "propagate", "optimize",
                                "predict", "model")},
    "hw5_optimizers": {
        name: name for name in ("exponential_decay", "mse", "custom_loss", "l2_penalty",
                                "count_params", "sgd", "sgd_momentum", "adagrad", "rmsprop",
                                "adam")},
    "hw6_curve_fitting": {
        name: name for name in ("fit_cubic", "l1_loss", "mse_loss", "conv_output_size",
                                "cnn_param_count")},
}
ASSIGNMENTS = sorted(QUESTIONS)
# reference modules holding each assignment's solutions (docs/ARCHITECTURE.md)
MODULES = {
    "hw1_gradients": ("gradients", "softmax_classifier"),
    "hw2_two_layer_net": ("two_layer_net",),
    "hw3_neuron": ("neuron",),
    "hw4_logistic_regression": ("logistic_regression",),
    "hw5_optimizers": ("training", "optimizers"),
    "hw6_curve_fitting": ("curve_fitting",),
}
# methods handed to the student whole (each notebook's markdown says so)
GIVEN_METHODS = {"SimpleNet": {"__init__"}, "TwoLayerNet": {"__init__"}, "Neuron": {"__init__"}}


def notebook(kind: str, assignment_id: str) -> nbformat.NotebookNode:
    """kind: "solutions" or "assignments"."""
    return nbformat.read(ROOT / kind / assignment_id / f"{assignment_id}.ipynb", as_version=4)


def code_cells(nb, role=None):
    return [c for c in nb.cells if c.cell_type == "code"
            and (role is None or c.metadata.get("nngrader", {}).get("role") == role)]
