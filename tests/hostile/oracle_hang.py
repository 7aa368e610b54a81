"""Attack: make the grader itself hang. gradient_descent calls the numerical_gradient it
is given (a proxy answered by the trusted side with the reference) on a 10**6-entry test
function: the reference would need about 10**12 operations.

Expected: the trusted side's answer counts against the case's time budget and is cut off
there; the case scores zero ("did not finish within"), the batch goes on, and everything else
keeps full marks (13 / 15).
"""

# %%
def gradient_descent(f, init_x, lr=0.01, step_num=100):
    big = type(f)("quadratic", np.ones(10**6), 0.0)
    return numerical_gradient(big, np.zeros(10**6))
