"""Attack: write into the kit and the grader's folders: the reference, the question
declarations, the worker's own code (a `.pth` file or a changed module would run in every
later worker), the read-only inputs and data folders, the Python installation, /etc.

Expected: none of these exist in the sandbox or all are read-only: the cell reports
"kit written: []" and is skipped, nothing changes on disk, every question keeps full marks
(15 / 15).
"""

# %%
import os
import sys
import sysconfig

targets = [
    "__REPO__/reference/softmax_classifier.py", "__REPO__/reference/HOSTILE_kit",
    "__REPO__/autograder/questions/hw1_gradients/__init__.py", "__REPO__/HOSTILE_kit",
    "/opt/nngrader/nngrader_worker/__init__.py", "/opt/nngrader/nngrader_worker/HOSTILE_kit",
    "/opt/nngrader/HOSTILE_kit.py", "/inputs/HOSTILE_kit", "/data/HOSTILE_kit",
    os.path.join(sysconfig.get_paths()["purelib"], "HOSTILE_kit.pth"),
    os.path.join(sys.prefix, "HOSTILE_kit"), "/usr/lib/HOSTILE_kit", "/etc/HOSTILE_kit",
    "/root/HOSTILE_kit", "/HOSTILE_kit",
]
wrote = []
for target in targets:
    try:
        with open(target, "a") as stream:
            stream.write("import os; os.system('touch /tmp/HOSTILE_pwned')\n")
        wrote.append(target)
    except OSError:
        pass
raise RuntimeError(f"kit written: {wrote}")
