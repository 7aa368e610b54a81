"""spans.py, stubs.py, markers.py on small definitions written here."""
import pytest

from autograder.generate.markers import mark
from autograder.generate.spans import find_spans
from autograder.generate.stubs import stub

FUNCTION = '''def f(x,
      y):
    """Doc.

    More doc.
    """
    z = x + y
    return z'''

CLASS = '''class C:
    """Doc."""

    def __init__(self):
        self.a = 1

    def g(self, x):
        # a comment opening the body
        return x * self.a'''


def test_function_body_after_docstring_is_stubbed():
    assert stub(FUNCTION, find_spans(FUNCTION)) == FUNCTION.replace(
        "    z = x + y\n    return z",
        "    # YOUR CODE HERE\n    raise NotImplementedError()")


def test_markers_wrap_the_same_lines():
    marked = mark(FUNCTION, find_spans(FUNCTION))
    assert marked.endswith(
        "    ### BEGIN SOLUTION\n    z = x + y\n    return z\n    ### END SOLUTION")


def test_class_keeps_given_methods_and_stubs_the_others():
    result = stub(CLASS, find_spans(CLASS, given=("__init__",)))
    assert "self.a = 1" in result and "a comment" not in result
    assert result.endswith(
        "    def g(self, x):\n        # YOUR CODE HERE\n        raise NotImplementedError()")


@pytest.mark.parametrize("source, given", [
    ("def f(x): return x", ()),              # body on the def line
    ('def f(x):\n    """Only doc."""', ()),   # nothing to solve
    (CLASS, ("__init__", "g")),              # every method given
    (CLASS, ("h",)),                         # no such method
])
def test_unstubbable_definitions_are_refused(source, given):
    with pytest.raises(ValueError):
        find_spans(source, given)


@pytest.mark.parametrize("separator", ["\x0c", "\u2028", "\x0b"])
def test_lines_are_counted_as_python_counts_them(separator):
    """A form feed or U+2028 inside a comment or string does not end a line for Python or
    ast, so it must not shift the spans (str.splitlines would)."""
    source = (f'def f(x):\n    """Doc{separator}more doc."""\n'
              f'    # a note{separator}on two pages\n    return x  # done{separator}\n')
    assert stub(source, find_spans(source)) == (
        f'def f(x):\n    """Doc{separator}more doc."""\n'
        "    # YOUR CODE HERE\n    raise NotImplementedError()\n")
    assert mark(source, find_spans(source)).split("\n")[2:6] == [
        "    ### BEGIN SOLUTION", f"    # a note{separator}on two pages",
        f"    return x  # done{separator}", "    ### END SOLUTION"]
