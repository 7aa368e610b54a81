"""Attack: flood the grader's side of the channel. softmax writes straight onto the
worker's private reply descriptor: a message header announcing 9,000 arrays, then 60 MB
frames for as long as it can.

Expected: the grader caps what one message may hold, so it stops reading at that limit,
kills the worker and scores the case zero ("broke the grading protocol"); its memory use
stays bounded. Every other question keeps full marks (12 / 15).
"""

# %%
import gc
import io
import json
import os
import struct


def _reply_descriptor():
    for thing in gc.get_objects():
        if type(thing).__name__ == "Oracle":
            return thing._replies.fileno()
    return 4


def softmax(x):
    fd = _reply_descriptor()
    header = json.dumps({"__arrays__": 9000,
                         "body": [{"__array__": i} for i in range(9000)]}).encode()
    os.write(fd, struct.pack(">Q", len(header)) + header)
    buffer = io.BytesIO()
    np.save(buffer, np.ones(60 * 2**20 // 8))
    frame = struct.pack(">Q", len(buffer.getvalue())) + buffer.getvalue()
    while True:
        os.write(fd, frame)
