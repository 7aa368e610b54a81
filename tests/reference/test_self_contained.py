"""Every contract object can be pasted alone into a notebook (inspect.getsource).

Its code may read only builtins, `np` and the other names of its assignment
(the assignment's namespace); it carries a docstring (the student's stub docstring).
"""
import builtins
import dis
import inspect
import textwrap

import pytest

from autograder.questions import ASSIGNMENT_IDS, load_assignment

CONTRACT_IDS = ["hw1_gradients", "hw2_two_layer_net", "hw3_neuron",
                "hw4_logistic_regression", "hw5_optimizers", "hw6_curve_fitting"]


def global_names(code):
    """Names read as globals anywhere in a code object and its nested code objects."""
    names = {ins.argval for ins in dis.get_instructions(code)
             if ins.opname in ("LOAD_GLOBAL", "LOAD_NAME")}
    for const in code.co_consts:
        if inspect.iscode(const):
            names |= global_names(const)
    return {name for name in names if not name.startswith("__")}


def test_assignment_ids_are_the_contracts():
    assert sorted(ASSIGNMENT_IDS) == CONTRACT_IDS


@pytest.mark.parametrize("assignment_id", CONTRACT_IDS)
def test_sources_only_use_np_and_their_assignments_names(assignment_id):
    namespace = load_assignment(assignment_id).namespace()
    allowed = set(dir(builtins)) | {"np"} | set(namespace)
    for name, obj in namespace.items():
        source = textwrap.dedent(inspect.getsource(obj))
        code = compile(source, name, "exec")
        assert global_names(code) <= allowed, (name, global_names(code) - allowed)
        assert inspect.getdoc(obj), f"{name} has no docstring"


@pytest.mark.parametrize("assignment_id", CONTRACT_IDS)
def test_sources_define_their_names_when_executed_together(assignment_id):
    import numpy as np

    namespace = load_assignment(assignment_id).namespace()
    pasted = {"np": np}
    for obj in namespace.values():
        exec(compile(inspect.getsource(obj), "<notebook cell>", "exec"), pasted)
    assert set(namespace) <= set(pasted)
