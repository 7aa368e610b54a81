"""Attack: make the grader itself hang. gradient_descent calls the numerical_gradient it
is given (a proxy answered by the trusted side with the reference) on the case's f at the
largest x the case lets through (60,000 entries, shaped so that f's coefficients
broadcast): the reference would need about 10**10 operations.

Expected: the trusted side's answer counts against the case's time budget and is cut off
there; the case scores zero ("did not finish within"), the batch goes on, and everything else
keeps full marks (13 / 15).
"""

# %%
def gradient_descent(f, init_x, lr=0.01, step_num=100):
    big = np.zeros((60_000 // init_x.size,) + init_x.shape[-1:])
    return numerical_gradient(f, big)
