"""`nngrader demo` grades its sample class for real, also on an installed kit that has
neither solutions/ nor assignments/ beside it."""
import json

from autograder import demo


def test_demo_grades_a_sample_class_without_the_repository_folders(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "KIT_ROOT", tmp_path / "no-repository")
    lines = []
    status = demo.run_demo(tmp_path / "out", jobs=2, progress=False, echo=lines.append,
                           assignment_ids=["hw3_neuron"])
    assert status == 0, "\n".join(lines)
    grades = tmp_path / "out" / "hw3_neuron" / "grades"
    names = {"solved", "stub", *demo.bug_cells("hw3_neuron")}
    for name in names:
        assert (grades / f"{name}.json").exists() and (grades / f"{name}.html").exists()
    scores = {name: json.loads((grades / f"{name}.json").read_text())["score"]
              for name in names}
    assert scores["solved"] == 8 and scores["stub"] == 0
    assert all(0 < scores[name] < 8 for name in demo.bug_cells("hw3_neuron"))
    index = (tmp_path / "out" / "index.html").read_text()
    assert "hw3_neuron/grades/class_report.html" in index
    assert any("class_report.html" in line for line in lines)


def test_demo_reports_a_broken_installation(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "KIT_ROOT", tmp_path / "no-repository")
    monkeypatch.setattr(demo, "stubbed", lambda source: source)  # the "stub" is solved
    lines = []
    status = demo.run_demo(tmp_path / "out", jobs=2, progress=False, echo=lines.append,
                           assignment_ids=["hw5_optimizers"])
    assert status == 1
    assert "problem: hw5_optimizers: the stub earned points" in lines
