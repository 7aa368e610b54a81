"""Attack (or accident): a cell with a syntax error that would have redefined softmax.

Expected: the cell is reported ("raised SyntaxError") and skipped; the earlier, correct
softmax stays, so every question keeps full marks (15 / 15).
"""

# %%
def softmax(x)
    return x
