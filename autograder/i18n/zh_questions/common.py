"""Chinese for declared words shared by several assignments: the defaults of the checks'
`what` (autograder/checks.py)."""

ZH = {
    "accuracy": "准确率",
    "final loss": "最终损失",
}
