"""Every assignment's questions, declared once and read by every front end."""
import importlib

ASSIGNMENT_IDS = ("hw1_gradients", "hw2_two_layer_net", "hw3_neuron",
                  "hw4_logistic_regression", "hw5_optimizers", "hw6_curve_fitting")


def load_assignment(assignment_id):
    """The Assignment declared in autograder/questions/<assignment_id>.py."""
    if assignment_id not in ASSIGNMENT_IDS:
        raise KeyError(f"unknown assignment {assignment_id!r}; known: {', '.join(ASSIGNMENT_IDS)}")
    return importlib.import_module(f"{__name__}.{assignment_id}").ASSIGNMENT
