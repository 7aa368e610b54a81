"""`python -m autograder.generate [ROOT]`: the same as `nngrader build` for the notebooks."""
import sys
from pathlib import Path

from . import main

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
for written in main(ROOT):
    print(written.relative_to(ROOT))
