"""Attack: SystemExit. A cell calls sys.exit(3), another calls exit(); softmax raises
SystemExit on every call.

Expected: SystemExit is an ordinary error in a cell or a graded call: the cells are
skipped ("raised SystemExit"), softmax scores zero with "raised SystemExit", and everything
else keeps full marks (12 / 15).
"""

# %%
import sys

sys.exit(3)

# %%
exit()


# %%
def softmax(x):
    raise SystemExit("bye")
