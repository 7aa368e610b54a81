"""The Python API (autograder/api.py): one place for each default, a library that neither
prints nor sets the environment, the data folder passed explicitly, and the command line's
lines in the language of --lang."""
import ast
import dataclasses
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import typer.main
from typer.testing import CliRunner

from autograder import api, batch, console, data, defaults, grade, preflight
from autograder.faults import SandboxUnavailable
from autograder.cli import app
from autograder.mutation.run import MutantOptions
from autograder.questions import load_assignment
from autograder.questions.spec import Shared
from autograder.submissions import Submission, select

AUTOGRADER = Path(__file__).resolve().parent.parent / "autograder"
_CJK = re.compile(r"[\u4e00-\u9fff\uff01-\uff5e]")  # Chinese, or its full-width punctuation
TRIVIAL = "import numpy as np\n"


def _command(name):
    return next(command for command_name, command in
                typer.main.get_command(app).commands.items() if command_name == name)


def _cli_default(command, option):
    return next(param.default for param in _command(command).params if param.name == option)


def _api_default(function, argument):
    return inspect.signature(function).parameters[argument].default


def test_every_front_end_reads_the_same_defaults():
    fields = {field.name: field.default for field in dataclasses.fields(batch.BatchOptions)}
    mutant_fields = {field.name: field.default for field in dataclasses.fields(MutantOptions)}
    for name, value in (("jobs", defaults.JOBS), ("sandbox", defaults.SANDBOX),
                        ("lang", defaults.LANG), ("seed", defaults.SEED),
                        ("resume", defaults.RESUME), ("plot", defaults.PLOT),
                        ("scheduler", defaults.SCHEDULER)):
        assert _api_default(api.grade, name) == value == fields[name], name
        assert _cli_default("grade", name) == value, name
    assert _api_default(api.grade, "out") == defaults.OUTDIR == _cli_default("grade", "outdir")
    for command, function in (("verify", api.verify), ("mutants", api.mutants)):
        for name in ("jobs", "sandbox"):
            assert _cli_default(command, name) == _api_default(function, name) \
                == getattr(defaults, name.upper())
    assert mutant_fields["jobs"] == defaults.JOBS and mutant_fields["sandbox"] == defaults.SANDBOX


def _python_files():
    """The trusted side's code: not the sandboxed worker, not the demo's student cells."""
    return [path for path in sorted(AUTOGRADER.rglob("*.py"))
            if not {"worker", "demo_class"} & set(path.relative_to(AUTOGRADER).parts)]


def test_no_default_sandbox_or_jobs_is_written_outside_defaults_py():
    """`sandbox="auto"` and `jobs=1` once, not in every signature that passes them on."""
    written = []
    for path in _python_files():
        if path.name == "defaults.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            pairs = []
            if isinstance(node, ast.arguments):
                positional = node.posonlyargs + node.args
                pairs += zip(positional[len(positional) - len(node.defaults):], node.defaults)
                pairs += [(arg, default) for arg, default in zip(node.kwonlyargs,
                                                                 node.kw_defaults) if default]
                pairs = [(arg.arg, default) for arg, default in pairs]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                    and node.value is not None:
                pairs = [(node.target.id, node.value)]
            written += [f"{path.relative_to(AUTOGRADER)}:{default.lineno} {name}"
                        for name, default in pairs
                        if isinstance(default, ast.Constant) and (
                            name == "sandbox" and default.value in defaults.SANDBOX_CHOICES
                            or name == "jobs" and isinstance(default.value, int))]
    assert written == []


# The command lines, and a process whose stdout is its protocol.
PRINTING_ALLOWED = {"cli.py", "generate/__main__.py",
                    "mutation/equivalence.py"}  # its subprocess answers on stdout


def _prints_or_sets_environment(node):
    if isinstance(node, ast.Call):
        function = node.func
        if isinstance(function, ast.Name) and function.id == "print":
            return "print"
        if isinstance(function, ast.Attribute):
            owner = ast.unparse(function.value)
            if function.attr in ("putenv", "unsetenv") or (
                    owner.endswith("environ") and function.attr in
                    ("setdefault", "update", "pop", "clear", "__setitem__")):
                return f"{owner}.{function.attr}"
            if owner in ("sys.stdout", "sys.stderr") and function.attr == "write":
                return f"{owner}.write"
    targets = node.targets if isinstance(node, ast.Assign) else \
        [node.target] if isinstance(node, ast.AugAssign) else \
        node.targets if isinstance(node, ast.Delete) else []
    for target in targets:
        if isinstance(target, ast.Subscript) and ast.unparse(target.value).endswith("environ"):
            return "environ[...]"
    return None


def test_library_code_neither_prints_nor_sets_the_environment():
    found = []
    for path in _python_files():
        relative = path.relative_to(AUTOGRADER).as_posix()
        if relative in PRINTING_ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            what = _prints_or_sets_environment(node)
            if what:
                found.append(f"{relative}:{node.lineno} {what}")
    assert found == []


def test_the_scan_finds_what_it_looks_for():
    source = ("print('x')\nos.environ['A'] = '1'\nos.environ.setdefault('B', '2')\n"
              "os.putenv('C', '3')\nsys.stderr.write('d')\n")
    found = [_prints_or_sets_environment(node) for node in ast.walk(ast.parse(source))]
    assert {"print", "environ[...]", "os.environ.setdefault", "os.putenv",
            "sys.stderr.write"} <= set(found)


def test_options_no_grading_can_use_are_refused_by_name(tmp_path):
    with pytest.raises(api.OptionError) as error:
        api.grade("hw9_nothing", [tmp_path])
    assert error.value.option == "assignment_id"
    with pytest.raises(api.OptionError) as error:
        api.grade("hw1_gradients", [tmp_path], sandbox="docker")
    assert error.value.option == "sandbox"
    with pytest.raises(api.OptionError) as error:
        api.grade("hw1_gradients", [tmp_path], lang="fr")
    assert error.value.option == "lang"
    with pytest.raises(api.NothingToGrade) as error:
        api.grade("hw1_gradients", [tmp_path / "missing.ipynb"], out=tmp_path / "out")
    assert any("missing.ipynb" in problem for problem in error.value.problems)
    assert not (tmp_path / "out").exists()


def test_shared_inputs_and_the_data_check_read_the_folder_they_are_given(tmp_path,
                                                                          monkeypatch):
    """Not $NNGRADER_DATA: an empty folder there changes nothing when one is passed."""
    monkeypatch.setenv(data.ENV_VAR, str(tmp_path))
    assignment = load_assignment("hw4_logistic_regression")
    assignment.check_data(data.KIT_DATA)
    with pytest.raises(data.DataError):
        assignment.check_data(None)  # None: data.data_dir(), the empty folder
    case = next(case for case in assignment.question("model").cases if case.derive)
    shared = {key: value for key, value in case.inputs(np.random.default_rng(0)).items()
              if isinstance(value, Shared)}
    assert shared and shared["X_train"].load(data.KIT_DATA).shape == (12288, 209)


def test_grade_one_passes_the_data_folder_without_setting_the_environment(tmp_path,
                                                                         monkeypatch):
    monkeypatch.delenv(data.ENV_VAR, raising=False)
    submission = tmp_path / "alice.py"
    submission.write_text("import os\nassert os.environ['NNGRADER_DATA'] == '/data'\n")
    result = api.grade_one("hw3_neuron", submission, data=data.KIT_DATA)
    assert result["status"] == "graded" and "skipped" not in result["output"], result["output"]
    assert data.ENV_VAR not in os.environ


def _outcome():
    graded = {"status": "graded", "score": 12.0,
              "tests": [{"max_score": 10.0}, {"max_score": 5.0}]}
    fault = grade.fault_result(load_assignment("hw1_gradients"), "bob", "RuntimeError: x")
    return batch.BatchOutcome(rows=[("alice", graded), ("bob", fault)],
                              refused=["carol: two files"], sandbox="bubblewrap 0.8",
                              problems=["missing.ipynb: no such file or folder"])


def test_batch_lines_in_english_keep_their_words():
    lines = console.score_lines(_outcome(), Path("grades"), "en") \
        + console.summary_lines(_outcome(), "en")
    assert "alice: 12 / 15" in lines and "bob: NOT GRADED (a fault of the grader)" in lines
    assert "results in grades/ (grades.csv)" in lines and "sandbox: bubblewrap 0.8" in lines
    assert any(line.startswith("1 submission(s) NOT graded") for line in lines)
    assert "  bob: RuntimeError: x" in lines
    assert any(line.startswith("2 argument(s) or student(s) were not graded") for line in lines)


def test_batch_lines_in_chinese():
    lines = console.score_lines(_outcome(), Path("grades"), "zh") \
        + console.summary_lines(_outcome(), "zh")
    worded = [line for line in lines if not line.startswith("  ")]  # a fault's own words
    assert all(_CJK.search(line) for line in worded), lines
    assert "alice：12 / 15" in lines and "评分结果在 grades/（grades.csv）" in lines
    assert any(line.startswith("2 个参数或学生未评分") for line in lines)
    assert _CJK.search(console.problem_line("x", "zh"))


def test_the_command_line_speaks_lang_zh(tmp_path):
    run = CliRunner().invoke(app, ["grade", "hw1_gradients", str(tmp_path / "gone.ipynb"),
                                   "--lang", "zh", "-o", str(tmp_path / "out")])
    assert run.exit_code == 2, run.output
    assert "错误：没有可评分的作业" in run.output
    assert f"错误：{tmp_path / 'gone.ipynb'}：没有这个文件或文件夹" in run.output


def test_a_student_with_two_files_is_refused_in_the_batch_language(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "alice.py").write_text(TRIVIAL)
    selection = select([tmp_path / "a" / "alice.py", tmp_path / "b" / "alice.py"], "zh")
    assert selection.submissions == []
    assert len(selection.problems) == 1 and "有 2 个文件属于这名学生" in selection.problems[0]


def test_a_result_that_cannot_be_written_says_so_in_the_students_language(tmp_path):
    in_the_way = tmp_path / "not-a-folder"
    in_the_way.write_text("")
    submission = Submission("bob", tmp_path / "bob.py")
    result = batch._record(in_the_way, submission, load_assignment("hw1_gradients"),
                           {"status": "graded", "score": 1.0, "tests": []}, "zh")
    assert result["status"] == "error" and result["score"] is None
    assert "评分结果无法写入" in result["output"] and "未评分" in result["output"]
    assert result["extra_data"]["error"].startswith("它的评分结果无法写入")


def test_a_missing_sandbox_is_a_logged_warning_in_the_batch_language(monkeypatch, caplog):
    monkeypatch.setattr(preflight, "bubblewrap_available", lambda: False)
    with caplog.at_level("WARNING", logger="autograder"):
        assert preflight.use_bubblewrap("auto", "zh") is False
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert "没有安装 bubblewrap" in caplog.records[0].getMessage()
    with pytest.raises(SandboxUnavailable):
        preflight.use_bubblewrap("bubblewrap", "zh")


def test_a_python_caller_sees_no_output_unless_it_sets_up_logging(tmp_path):
    """The library's logger has only a NullHandler: Python's last-resort handler, which
    would write a warning to stderr, stays silent (a fresh process: pytest's own logging
    handlers would hide it here)."""
    program = ("from autograder import preflight\n"
               "preflight.bubblewrap_available = lambda: False\n"
               "assert preflight.use_bubblewrap('auto') is False\n")
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(AUTOGRADER.parent)})
    assert run.returncode == 0, run.stderr
    assert (run.stdout, run.stderr) == ("", "")
