"""Spare sandboxes (autograder/spares.py): started when a session starts, taken by the next.

The session that takes a spare gets a fresh sandbox of its own (a new uid, an empty /tmp,
none of the previous notebook's names), a spare that died is replaced by a fresh start,
and close_zygotes() leaves no spare, no closing sandbox and no cgroup behind.
"""
import os
import sys
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from autograder import spares, warm  # noqa: E402
from autograder.session import WorkerSession  # noqa: E402
from tests.test_sandbox import probe  # noqa: E402
from tests.test_warm import gone, host_pids, started  # noqa: E402

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or not warm.warm_possible(True),
                                reason="spares are warm workers: they need a root grader")


@pytest.fixture
def inputs(tmp_path, monkeypatch):
    """An inputs folder, with spares kept in this process for the test only."""
    monkeypatch.setattr(spares, "_enabled", True)
    os.chmod(tmp_path, 0o755)
    yield tmp_path
    warm.close_zygotes()


def spare_of(inputs):
    return next((session for (pid, kind), session in spares._spares.items()
                 if pid == os.getpid() and kind[0] == str(inputs)), None)


def test_the_next_session_takes_the_spare_and_starts_clean(inputs):
    name = f"/tmp/left-{uuid.uuid4().hex[:8]}"
    first = started(inputs)
    probe(first, f"write({name!r})")
    assert first.run_cell(1, "secret = 42", 10).status == "ok"
    spare = spare_of(inputs)
    assert spare is not None, "starting a session started no spare"
    first.close()
    assert spare_of(inputs) is spare
    spare_uid, spare_process = spare.uid, spare.process

    second = started(inputs)
    try:
        assert second.process is spare_process and second.uid == spare_uid
        assert spare_of(inputs) is not spare, "the spare was taken, not kept"
        assert spare_of(inputs) is not None, "the session took the spare and started none"
        assert second.uid != first.uid
        assert probe(second, f"os.path.exists({name!r})") is False
        assert probe(second, "'secret' in globals()") is False
        assert probe(second, "sorted(set(os.listdir('/tmp')) - {'matplotlib'})") == []
    finally:
        second.close()
    assert gone(first.uid), "the closed session's sandbox outlived it"


def test_a_spare_that_died_is_replaced_by_a_fresh_start(inputs):
    started(inputs).close()
    spare = spare_of(inputs)
    spare.process.kill()
    session = WorkerSession(inputs)
    session.start()
    try:
        assert session.process is not spare.process
        assert session.run_cell(0, "x = 6 * 7", 10).status == "ok"
    finally:
        session.close()


def test_closing_the_zygotes_ends_spares_and_closing_sandboxes(inputs):
    first = started(inputs)
    first.close()
    spare = spare_of(inputs)
    uids, cgroups = [first.uid, spare.uid], [spare.cgroup]
    assert spare._exchange(None, 30).status == "ok"  # "ready": its worker runs as its uid
    assert host_pids(spare.uid), "the spare is not running"
    warm.close_zygotes()
    assert spare_of(inputs) is None and not spares._closing
    for uid in uids:
        assert gone(uid), f"a sandbox of uid {uid} outlived close_zygotes()"
    for cgroup in cgroups:
        assert cgroup is None or not cgroup.path.exists(), "a spare's cgroup was left"
