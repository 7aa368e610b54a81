"""Attack: replace softmax with a wrong one, then look for the reference's source on disk:
open the kit's files by path (the path is taken from the editable install's mapping and
from the grader's own location) and walk the whole visible file system for any file that
holds `def cross_entropy_error(`; exec whatever is found to get a correct softmax.

Expected: the kit's folder is not mounted and no copy of the reference is visible: the
cell reports "reference found: []" and is skipped, softmax stays wrong (12 / 15).
"""

# %%
def softmax(x):
    return x.copy()


# %%
import os
import time

found = []
candidates = ["__REPO__/reference/softmax_classifier.py",
              "/work/main/reference/softmax_classifier.py",
              "__REPO__/solutions/hw1_gradients/source.py",
              "__REPO__/autograder/questions/hw1_gradients/__init__.py"]
for path in candidates:
    try:
        source = open(path).read()
    except OSError:
        continue
    found.append(path)
    namespace = {}
    exec(source, namespace)
    softmax = namespace.get("softmax", softmax)

started = time.monotonic()
for folder, subfolders, files in os.walk("/"):
    if time.monotonic() - started > 1.5:  # stay inside the cell's time budget
        break
    subfolders[:] = [name for name in subfolders
                     if folder != "/" or name not in ("proc", "sys", "dev")]
    for name in files:
        if not name.endswith((".py", ".ipynb", ".txt", ".json")) \
                or "numpy" in folder or "scipy" in folder:
            continue
        path = os.path.join(folder, name)
        try:
            with open(path, errors="replace") as stream:
                if "def cross_entropy_error(" in stream.read(200_000):
                    found.append(path)
        except OSError:
            pass
raise RuntimeError(f"reference found: {found}")
