"""Attack: return enormous values. softmax returns a 10**9-element array (1 GB of int8);
cross_entropy_error returns a list holding the same 8 MB array 9,000 times (72 GB on the
wire, almost nothing in memory).

Expected: the worker measures a result before sending it and refuses one larger than the
reply limit; both questions score zero with "could not be sent back", the grader's memory is
never at stake, and the rest keeps full marks (9 / 15).
"""

# %%
def softmax(x):
    return np.zeros(10**9, dtype=np.int8)


_block = np.ones(2**20)


def cross_entropy_error(p, y):
    return [_block] * 9000
