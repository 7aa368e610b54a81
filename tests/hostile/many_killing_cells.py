"""Attack: make grading time unbounded. Forty cells each end the worker's process
(os._exit), so each costs a restart and a replay of the whole notebook; a 20 MiB notebook
can hold hundreds of thousands of them.

Expected: after 10 cells that crashed or hung the worker
(submission_budget.MAX_CELL_RESTARTS; 3 in the test's batch) the remaining cells are
reported as not run, the cases are graded on the cells that did run, and every question
keeps full marks (15 / 15). The submission's grading also has a total time budget
(submission_budget.SUBMISSION_SECONDS).
"""

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)

# %%
import os

os._exit(1)
