"""Suite-wide settings: one BLAS thread in the test processes.

The trusted side of grading (reference runs, oracle answers) runs inside the pytest
process. With `-n 2` and each batch's own workers on a 2-core machine, threaded BLAS
oversubscribes the cores and the training cases run many times slower. The command line
sets the same limit (autograder/cli.py).
"""
import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

from threadpoolctl import threadpool_limits  # noqa: E402  (after the variables are set)

threadpool_limits(1)
