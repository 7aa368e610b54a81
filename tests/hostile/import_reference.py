"""Attack: replace softmax with a wrong one, then try to import the hidden reference
(`import reference`, with the kit's folder and the editable install's mapping on sys.path)
and take the correct softmax from it.

Expected: the sandbox has neither the kit's folder nor any installed copy of `reference`:
every import fails, the cell reports "reference leaked: []" and is skipped, softmax stays
wrong and scores zero (12 / 15).
"""

# %%
def softmax(x):
    return x.copy()


# %%
import glob
import importlib
import sys

leaks = []
finders = glob.glob(sys.prefix + "/lib/python3*/site-packages/__editable__*finder.py")
for finder in finders:  # an editable install names the kit's folder in its mapping
    text = open(finder).read()
    for path in ("__REPO__", "/work/main", "/work"):
        if path in text and path not in sys.path:
            sys.path.insert(0, path)
sys.path[:0] = ["__REPO__", "/work/main", "/work", "/opt/nngrader", "/inputs", "/data"]
for name in ("reference", "reference.softmax_classifier", "autograder.questions.hw1_gradients",
             "nngrader_worker.reference"):
    try:
        module = importlib.import_module(name)
    except BaseException:
        continue
    leaks.append(name)
    if hasattr(module, "softmax"):
        softmax = module.softmax
raise RuntimeError(f"reference leaked: {leaks}")
