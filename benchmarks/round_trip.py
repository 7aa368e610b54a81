"""One oracle round trip: the worker's proxy call, the trusted side's answer, and back.

    python benchmarks/round_trip.py [--calls 3000]

Two plain processes (no sandbox) speak the real wire (worker/wire.py) through pipes: the
worker side calls `propagate` through worker/oracle.py, as optimize does, and the trusted
side answers with grade.oracle_server, as session.py does. Measured twice: with the two
on one CPU (what session.py and the worker do while a case's oracle calls run, see
worker/affinity.py) and left to the scheduler. Prints microseconds; asserts nothing.
"""
import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from autograder.budget import Budget  # noqa: E402
from autograder.deadline import alarm  # noqa: E402
from autograder.grade import oracle_server  # noqa: E402
from autograder.questions import load_assignment  # noqa: E402
from autograder.session import _DeadlineStream  # noqa: E402
from autograder.worker import wire  # noqa: E402
from autograder.worker.affinity import pinned  # noqa: E402
from autograder.worker.oracle import Oracle  # noqa: E402


def worker_side(requests_fd, replies_fd, calls, cpu):
    """The sandbox's end: `calls` proxy calls of propagate; prints the time of each."""
    requests = os.fdopen(requests_fd, "rb", buffering=1 << 16)
    replies = os.fdopen(replies_fd, "wb")
    oracle = Oracle(requests, replies)
    rng = np.random.default_rng(0)
    w, X = rng.normal(size=(5, 1)), rng.normal(size=(5, 8))
    Y = (rng.random((1, 8)) < 0.5).astype(float)
    with pinned(cpu):
        started = time.perf_counter()
        for _ in range(calls):
            oracle.call("propagate", w, 0.5, X, Y)
        seconds = time.perf_counter() - started
    wire.send(replies, {"op": "done", "seconds": seconds})


def trusted_side(requests_fd, replies_fd, cpu):
    """The grader's end: answers until "done"; returns the worker's measured seconds."""
    question = next(question for question in load_assignment("hw4_logistic_regression").questions
                    if question.name == "optimize")
    budget = Budget.for_case({"w": np.zeros((5, 1)), "X": np.zeros((5, 8)),
                              "Y": np.zeros((1, 8))})
    answer = oracle_server(question, budget)
    stream = _DeadlineStream(replies_fd, requests_fd)
    stream.deadline = time.monotonic() + 600
    with alarm(600), pinned(cpu):
        while True:
            message = wire.receive(stream)
            if message.get("op") == "done":
                return message["seconds"]
            wire.send(stream, answer(message["name"], message["args"], message["kwargs"]))


def round_trip_seconds(calls, cpu):
    to_worker_read, to_worker_write = os.pipe()
    to_trusted_read, to_trusted_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(to_worker_write)
        os.close(to_trusted_read)
        worker_side(to_worker_read, to_trusted_write, calls, cpu)
        os._exit(0)
    os.close(to_worker_read)
    os.close(to_trusted_write)
    try:
        return trusted_side(to_worker_write, to_trusted_read, cpu) / calls
    finally:
        os.waitpid(pid, 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=3000)
    args = parser.parse_args()
    cpus = sorted(os.sched_getaffinity(0))
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {len(cpus)} CPUs")
    one = round_trip_seconds(args.calls, cpus[0])
    free = round_trip_seconds(args.calls, None)
    print(f"propagate round trip, both sides on CPU {cpus[0]}: {one * 1e6:.0f} us; "
          f"where the scheduler puts them: {free * 1e6:.0f} us ({free / one:.1f}x)")


if __name__ == "__main__":
    main()
