"""Attack: a graded function that never returns (numerical_diff loops forever).

Expected: each numerical_diff case stops at the case time budget ("did not finish within")
and scores zero; the worker is restarted for the next case, and every other question keeps
full marks (14 / 15).
"""

# %%
def numerical_diff(f, x):
    while True:
        pass
