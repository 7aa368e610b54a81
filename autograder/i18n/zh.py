"""Chinese for the grader's own sentences, keyed by the English str.format template.

Every `tr("...")` in autograder/ has its entry here, with the same `{placeholders}` and
the same `code spans`; tests/test_i18n.py checks both.
"""

ZH = {
}
