"""Attack: a code cell that never ends (`while True: pass`).

Expected: the cell is stopped at the cell time budget and reported ("did not finish
within"); the worker is restarted and the notebook replayed without that cell, so every
question keeps full marks (15 / 15).
"""

# %%
while True:
    pass
