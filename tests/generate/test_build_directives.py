import pytest

from autograder.generate.directives import Directive, body, parse


def test_plain_cell_has_no_directive():
    assert parse("x = 1\n# nngrader: check x") is None


def test_solution_with_targets_and_given_methods():
    d = parse("# nngrader: solution reference.a.B, reference.a.c given=__init__,fit\n")
    assert d == Directive("solution", ("reference.a.B", "reference.a.c"),
                          {"given": ("__init__", "fit")})


def test_check_names_one_question_and_keeps_its_body():
    source = "# nngrader: check softmax\n\nassert True\n"
    assert parse(source) == Directive("check", ("softmax",))
    assert body(source) == "assert True"


@pytest.mark.parametrize("line", [
    "# nngrader: solve reference.a.b",          # unknown kind
    "# nngrader: given",                         # names nothing
    "# nngrader: given a.b",                     # not under reference
    "# nngrader: check a b",                     # two questions
    "# nngrader: given reference.a.B given=x",   # options on a given cell
])
def test_malformed_directives_are_refused(line):
    with pytest.raises(ValueError):
        parse(line)
