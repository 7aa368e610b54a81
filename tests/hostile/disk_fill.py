"""Attack: fill the disk. A cell writes 100 MB files into /tmp and the working directory
until the writes fail, and keeps going (swallowing the errors).

Expected: the sandbox's /tmp is a private, size-capped tmpfs and each file is capped by
RLIMIT_FSIZE, so the writes stop with an error inside the sandbox and nothing lands on the
grader's disk. The cell finishes; every question keeps full marks (15 / 15).
"""

# %%
import os

block = b"\0" * (1 << 20)
for number in range(6):
    try:
        with open(f"/tmp/HOSTILE_fill_{number}", "wb") as stream:
            for _ in range(100):
                stream.write(block)
    except OSError:
        pass
