"""Attack: flood the output. A cell prints 100 MB and writes 50 MB straight to file
descriptors 1 and 2; softmax prints a megabyte on every call before answering correctly.

Expected: the worker's standard streams are /dev/null (the grading channel is on private
descriptors), so nothing reaches the grader: every question keeps full marks (15 / 15).
"""

# %%
import os
import sys

print("x" * 100_000_000)
block = b"y" * 1_000_000
for _ in range(50):
    os.write(1, block)
    os.write(2, block)
sys.stderr.write("z" * 10_000_000)
sys.stdout.flush()

# %%
_correct_softmax = softmax


def softmax(x):
    print("w" * 1_000_000)
    return _correct_softmax(x)
