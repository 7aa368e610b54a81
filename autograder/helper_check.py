"""A warning when a notebook's own copy of a given helper disagrees with the given one.

While a question is graded, the helpers it injects (hw2's `softmax` and
`cross_entropy_error`, given ready-made in the notebook) are the reference's, so a student
who broke one loses nothing there, but their own notebook trains with the broken one. Such a
helper is called once, uninjected, on a fixed small input; when its result differs from the
reference's (or it raises), the question's feedback warns, without changing the score.
Helpers that are graded questions of their own are not checked here (they have cases).
"""
import numpy as np


from .checks import Close, safe_check
from .i18n import tr

SAMPLES = {  # helper -> (argument names, a fixed input with a large spread within a row)
    "softmax": (("x",), {"x": np.array([[1.0, 2.0, 3.0], [1000.0, 1001.0, 999.0]])}),
    "cross_entropy_error": (("p", "y"), {"p": np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]),
                                         "y": np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])}),
}
AGREES = Close(rtol=1e-6, atol=1e-10)


def helpers_to_check(assignment, question):
    graded = {other.name for other in assignment.questions}
    return [name for name in question.inject if name in SAMPLES and name not in graded]


def helper_request(name):
    args, inputs = SAMPLES[name]
    return {"driver": "call", "params": {"function": name, "args": list(args)},
            "inputs": {key: value.copy() for key, value in inputs.items()}, "shared": {},
            "oracle": [], "inject": []}


def helper_warning(assignment, question, name, status, outputs=None):
    """None when the notebook's `name` agrees with the given one, else the warning line."""
    problem = None
    if status != "ok":
        problem = tr("it raises an error")
    else:
        args, inputs = SAMPLES[name]
        expected = assignment.namespace()[name](*[inputs[key].copy() for key in args])
        problem = safe_check(AGREES, (outputs or {}).get("out"), expected)
    if problem is None:
        return None
    return tr("Warning: your notebook's own `{name}` does not behave like the one the "
              "assignment gives ({problem}). `{question}` was graded with the given `{name}`, "
              "but your notebook runs with yours: restore the given code.", name=name,
              problem=problem.rstrip(".。"), question=question.name)
