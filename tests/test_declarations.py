"""Each assignment's facts are declared once, on its Assignment, and hold together.

The test tables elsewhere (tests/generate/build_facts.py, test_hostile.POINTS, ...) are
derived from the same declarations; these tests check the declarations against the things
they name: the reference modules, the drivers, the data folder.
"""
import dataclasses
import importlib

import pytest

from autograder import data
from autograder.questions import ASSIGNMENT_IDS, load_assignment
from autograder.worker.drivers import DRIVERS


@pytest.mark.parametrize("assignment_id", ASSIGNMENT_IDS)
def test_the_namespace_holds_every_question_and_given_name(assignment_id):
    assignment = load_assignment(assignment_id)
    namespace = assignment.namespace()
    expected = {*assignment.given_names, *(q.defined_name for q in assignment.questions)}
    assert set(namespace) == expected
    assert all(callable(value) for value in namespace.values())


@pytest.mark.parametrize("assignment_id", ASSIGNMENT_IDS)
def test_reference_all_lists_exactly_the_questions_names(assignment_id):
    """`__all__` of the reference modules is what the questions define, in their order (the
    corpora grade the reference's definitions in namespace order, hashed into the seeds)."""
    assignment = load_assignment(assignment_id)
    exported = [name for module in assignment.reference() for name in module.__all__]
    assert exported == [q.defined_name for q in assignment.questions]


@pytest.mark.parametrize("assignment_id", ASSIGNMENT_IDS)
def test_every_case_driver_is_the_assignments_or_call(assignment_id):
    assignment = load_assignment(assignment_id)
    for question in assignment.questions:
        for case in question.cases:
            module = case.driver.split(".")[0]
            assert case.driver == "call" or module == assignment.drivers, \
                f"{question.name}: {case.driver} is not in drivers/{assignment.drivers}.py"
            assert callable(DRIVERS[case.driver])
    if assignment.drivers:
        importlib.import_module(f"autograder.worker.drivers.{assignment.drivers}")


def test_seeds_and_question_names_are_distinct():
    seeds = [load_assignment(assignment_id).seed for assignment_id in ASSIGNMENT_IDS]
    assert len(set(seeds)) == len(seeds)
    for assignment_id in ASSIGNMENT_IDS:
        names = [q.name for q in load_assignment(assignment_id).questions]
        assert len(set(names)) == len(names), assignment_id


@pytest.mark.parametrize("assignment_id", ASSIGNMENT_IDS)
def test_the_data_folder_is_one_the_kit_ships(assignment_id):
    name = load_assignment(assignment_id).data
    if name is not None:
        assert any(relative.startswith(name + "/") for relative in data.EXPECTED_FILES)


def test_the_namespace_does_not_depend_on_the_questions_graded():
    """`nngrader mutants` grades an Assignment holding some of its questions only: the
    reference's names (softmax for simple_net) must all still be there."""
    assignment = load_assignment("hw1_gradients")
    only = dataclasses.replace(assignment, questions=[assignment.question("simple_net")])
    assert only.namespace() == assignment.namespace()
