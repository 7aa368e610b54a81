"""Attack: memory bombs, one in a cell and one inside softmax.

The cell asks for 800 GB at once; softmax keeps reserving 1 GB blocks until it fails.
Expected: the address-space limit turns both into MemoryError inside the sandbox (the
grader's own memory is not touched). The cell is skipped ("raised MemoryError"), softmax
scores zero with "raised MemoryError", everything else keeps full marks (12 / 15).
"""

# %%
hog = np.ones(10**11)

# %%
def softmax(x):
    blocks = []
    while True:
        blocks.append(np.empty(2**27))  # reserved, never touched: no real memory is used
