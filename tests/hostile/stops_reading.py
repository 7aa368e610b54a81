"""Attack: make the worker stop reading its requests part-way through a large one. A cell
patches the worker's framing so that, for any request over 100 kB, it takes the first 8 KiB
and then sleeps for good; the next cell is over 100 kB. Pipes hold 64 KiB, so the grader's
write of that cell fills the pipe and can never finish.

Expected: every write to the worker respects the deadline (non-blocking, partial writes,
EAGAIN): the large cell is reported as not finishing within the cell budget, the worker is
restarted and the notebook replayed; the cases (small requests) then run normally, so the
batch goes on and every question keeps full marks (15 / 15).
"""

# %%
import sys
import time

_wire = sys.modules["nngrader_worker.wire"]
_read_length = _wire._read_length


def _stall_on_large_requests(stream):
    length = _read_length(stream)
    if length > 100_000:
        taken = 0
        while taken < 8192:
            taken += len(stream.read(8192 - taken))
        time.sleep(10**6)
    return length


_wire._read_length = _stall_on_large_requests

# %%
padding = "__PADDING__"  # 200 kB once the test fills it in
