"""naming.py: a mistake is named only when it explains every case of the question.

Outcomes are built on the trusted side (judge_case on a function's outputs), so these run
without a sandbox: the submission is a wrong softmax, the question hw1's softmax.
"""
import dataclasses

import numpy as np

from autograder.judge import judge_case
from autograder.naming import explain_question
from autograder.outcome import Outcome
from autograder.questions import load_assignment
from autograder.questions.spec import Mistake

ASSIGNMENT = load_assignment("hw1_gradients")
SOFTMAX = ASSIGNMENT.question("softmax")


def columns(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=0)


def outcomes_of(function, question=SOFTMAX):
    outcomes = []
    for number, case in enumerate(question.cases):
        inputs = case.inputs(np.random.default_rng([7, number]))
        try:
            outputs = {"out": function(inputs["x"].copy()), "arg:x": inputs["x"]}
        except Exception as error:
            outcomes.append(Outcome(case, inputs, f"raised {type(error).__name__}",
                                    raised=type(error).__name__, kind="raised"))
            continue
        outcomes.append(judge_case(ASSIGNMENT, question, case, outputs, inputs))
    return outcomes


def feedback(function, question=SOFTMAX):
    return " ".join(line for line in explain_question(ASSIGNMENT, question,
                                                      outcomes_of(function, question)) if line)


def test_a_mistake_that_explains_every_case_is_named_once():
    text = feedback(columns)
    assert text.count("This looks like a known mistake, normalising over columns") == 1


def test_a_mistake_that_explains_only_some_cases_is_not_named_but_closest():
    def columns_but_one_sample_raises(x):
        if x.ndim == 1:
            raise IndexError("1-D")
        return columns(x)
    text = feedback(columns_but_one_sample_raises)
    assert "This looks like" not in text
    assert "the closest is normalising over columns" in text and "but it differs on" in text


def test_tied_mistakes_with_different_names_are_both_named():
    declared = next(mistake for mistake in SOFTMAX.mistakes
                    if mistake.patch["softmax"].__name__ == "_softmax_row_max_column_sum")
    twin = Mistake("a twin name", "the same patch.", declared.patch)
    question = dataclasses.replace(SOFTMAX, mistakes=[*SOFTMAX.mistakes, twin])
    text = feedback(columns, question)
    assert "one of these known mistakes" in text
    assert "normalising over columns" in text and "a twin name" in text


def test_an_exception_matches_a_mistake_raising_the_same_type():
    def raises(x):
        raise ValueError("no")
    boom = Mistake("a ValueError", "do not raise.", {"softmax": raises})
    other = Mistake("a TypeError", "do not raise.", {"softmax": lambda x: None + 1})
    question = dataclasses.replace(SOFTMAX, mistakes=[other, boom])
    text = feedback(raises, question)
    assert "This looks like a known mistake, a ValueError" in text
    assert "a TypeError" not in text


def test_a_mistake_matching_only_a_minority_of_the_failures_is_not_offered_as_closest():
    def columns_on_the_first_batch_only(x):
        if x.ndim == 2 and x.shape == (4, 3):
            return columns(x)
        return np.full_like(x, 0.5)  # wrong everywhere else, like no declared mistake
    text = feedback(columns_on_the_first_batch_only)
    assert "This looks like" not in text
    assert "closest" not in text


def test_a_mistake_explaining_most_failures_is_still_offered_as_closest():
    def columns_but_the_square_batch(x):
        return np.full_like(x, 0.5) if x.shape == (4, 4) else columns(x)
    text = feedback(columns_but_the_square_batch)
    assert "This looks like" not in text
    assert "the closest is normalising over columns" in text


def test_nan_outputs_alike_are_no_lead_to_a_closest_mistake():
    def nan_for_batches(x):
        return np.full_like(x, np.nan) if x.ndim == 2 else columns(x)
    breaks_down = Mistake("a mistake that gives nan", "no.",
                          {"softmax": lambda x: np.full_like(x, np.nan)})
    question = dataclasses.replace(SOFTMAX, mistakes=[breaks_down])
    text = feedback(nan_for_batches, question)
    assert "a mistake that gives nan" not in text
