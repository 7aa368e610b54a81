"""The committed notebooks are exactly what a fresh build of their source gives."""
from autograder.generate import build_assignment

from build_facts import ROOT


def test_generated_notebooks_match_a_fresh_build(assignment_id, tmp_path):
    build_assignment(assignment_id, ROOT, out=tmp_path)
    for kind, name in [(kind, name) for kind in ("solutions", "assignments")
                       for name in (f"{assignment_id}.ipynb", f"{assignment_id}.zh.ipynb")]:
        relative = f"{kind}/{assignment_id}/{name}"
        committed = ROOT / relative
        assert committed.exists(), f"{relative} missing: run `nngrader build`"
        assert committed.read_bytes() == (tmp_path / relative).read_bytes(), (
            f"{relative} is out of date with its source: run `nngrader build`")


def test_build_is_reproducible(assignment_id, tmp_path):
    first = build_assignment(assignment_id, ROOT, out=tmp_path / "a")
    second = build_assignment(assignment_id, ROOT, out=tmp_path / "b")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
