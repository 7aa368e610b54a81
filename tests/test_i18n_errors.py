"""Under --lang zh the errors that stop a batch (exit 3: the sandbox, the data folder), the
sandbox line and `nngrader verify`'s report are Chinese; in English they keep their words.
What they quote (paths, bwrap's own message, commands) stays as it is."""
import os
import re

import pytest
from typer.testing import CliRunner

from autograder import data, preflight, sandbox
from autograder.cli import EXIT_CANNOT_GRADE, app
from autograder.faults import SandboxUnavailable
from autograder.i18n import language
from autograder.session import check_sandbox
from autograder.verify import Disagreement, Report

_CJK = re.compile(r"[\u4e00-\u9fff]")
BWRAP_SAYS = "bwrap: setting up uid map: Permission denied (fake bwrap of the test)"


@pytest.fixture
def broken_bwrap(tmp_path, monkeypatch):
    """A `bwrap` that prints an error and exits 1, as bubblewrap does without namespaces."""
    fake = tmp_path / "bwrap"
    fake.write_text(f"#!/bin/sh\necho '{BWRAP_SAYS}' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv(sandbox.BWRAP_ENV_VAR, str(fake))
    sandbox.bubblewrap_path.cache_clear()
    yield fake
    sandbox.bubblewrap_path.cache_clear()


def test_a_missing_data_file_is_explained_in_the_batch_language(tmp_path):
    with pytest.raises(data.DataError) as english:
        data.load_catvnoncat(tmp_path)
    assert str(english.value).startswith(f"{tmp_path / 'catvnoncat'}/train_catvnoncat.h5: "
                                         "file not found (expected ")
    assert str(english.value).endswith(data.how_to_fix("en"))
    with language("zh"), pytest.raises(data.DataError) as chinese:
        data.load_catvnoncat(tmp_path)
    message = str(chinese.value)
    assert _CJK.search(message) and "file not found" not in message
    assert str(tmp_path) in message and "`git checkout -- data`" in message
    assert message.endswith(data.how_to_fix("zh")) and _CJK.search(data.how_to_fix("zh"))


def test_a_damaged_data_file_is_explained_in_chinese(tmp_path):
    (tmp_path / "catvnoncat").mkdir()
    (tmp_path / "catvnoncat" / "train_catvnoncat.h5").write_bytes(b"too short")
    with language("zh"), pytest.raises(data.DataError) as chinese:
        data.load_catvnoncat(tmp_path)
    assert "9 字节" in str(chinese.value) and "被截断了" in str(chinese.value)


def test_a_sandbox_that_cannot_start_stops_the_batch_in_chinese(broken_bwrap, tmp_path):
    with pytest.raises(SandboxUnavailable) as raised:
        preflight.preflight(tmp_path, None, True, "zh")
    message = str(raised.value)
    assert message.startswith("评分进程没有启动") and message.endswith("没有为任何作业评分。")
    assert BWRAP_SAYS in message and str(broken_bwrap) in message  # bwrap's own words
    assert "进程以状态码 1 退出" in message and "`--sandbox none`" in message
    assert "What to do" not in message


def test_the_sandbox_check_keeps_its_english(broken_bwrap, tmp_path):
    with pytest.raises(SandboxUnavailable) as raised:
        preflight.preflight(tmp_path, None, True, "auto")  # the batch's lines: English
    message = str(raised.value)
    assert message.startswith(f"the grading worker did not start ({broken_bwrap}): the "
                              f"process exited with status 1; it said: {BWRAP_SAYS}. What "
                              "to do: install bubblewrap")
    assert message.endswith("(docs/SECURITY.md). Nothing was graded.")


def test_no_bwrap_at_all_in_chinese(monkeypatch, tmp_path):
    monkeypatch.setenv(sandbox.BWRAP_ENV_VAR, str(tmp_path / "no-such-bwrap"))
    sandbox.bubblewrap_path.cache_clear()
    try:
        with pytest.raises(SandboxUnavailable) as raised:
            preflight.use_bubblewrap("bubblewrap", "zh")
        assert _CJK.search(str(raised.value)) and "`bwrap`" in str(raised.value)
        with language("zh"), pytest.raises(SandboxUnavailable) as raised:
            check_sandbox()
        assert str(raised.value).startswith("沙箱无法启动：在 PATH 中找不到 `bwrap`")
    finally:
        sandbox.bubblewrap_path.cache_clear()


def test_the_sandbox_line_in_chinese():
    path = sandbox.bubblewrap_path()
    if path is None:
        pytest.skip("bubblewrap is not installed")
    version = ".".join(map(str, sandbox.bubblewrap_version(path)))
    with language("zh"):
        assert check_sandbox() == f"bubblewrap {version}（位于 {path}）"
        assert _CJK.search(check_sandbox(use_bubblewrap=False))


def test_grade_exits_3_with_the_data_problem_in_chinese(tmp_path):
    submission = tmp_path / "alice.py"
    submission.write_text("import numpy as np\n")
    (tmp_path / "empty").mkdir()
    run = CliRunner().invoke(app, ["grade", "hw4_logistic_regression", str(submission),
                                   "--data", str(tmp_path / "empty"), "--lang", "zh",
                                   "--no-progress", "-o", str(tmp_path / "out")])
    assert run.exit_code == EXIT_CANNOT_GRADE, run.output
    assert f"错误：{tmp_path / 'empty'}/catvnoncat/train_catvnoncat.h5：找不到文件" in run.output
    assert not (tmp_path / "out").exists()


def _report(lang):
    return Report("hw1_gradients", 7, {"alice": {}, "bob": {}}, {"otter": {}},
                  [Disagreement("bob", "softmax", "otter", 3.0, 1.5),
                   Disagreement("carol", "softmax", "otter", 3.0, None)], lang=lang)


def test_the_verify_report_in_english_keeps_its_words():
    assert _report("en").format() == (
        "hw1_gradients: 2 submissions re-graded (seed 7), compared with otter\n"
        "  DISAGREE  bob: softmax: otter 3, nngrader 1.5\n"
        "  DISAGREE  carol: softmax: otter 3, nngrader missing\n"
        "  2 disagreement(s)")
    assert str(_report("en").disagreements[0]) == "bob: softmax: otter 3, nngrader 1.5"


def test_the_verify_report_in_chinese():
    lines = _report("zh").format().splitlines()
    assert all(_CJK.search(line) for line in lines), lines
    assert "bob：softmax：otter 3，nngrader 1.5" in lines[1] and "缺失" in lines[2]
    agreeing = Report("hw1_gradients", 7, {}, {}, [], lang="zh").format().splitlines()
    assert all(_CJK.search(line) for line in agreeing), agreeing


def test_verify_takes_lang_and_stops_in_chinese_when_the_data_is_missing(tmp_path):
    (tmp_path / "submitted").mkdir()
    (tmp_path / "submitted" / "alice.py").write_text("import numpy as np\n")
    (tmp_path / "alice.json").write_text('{"tests": []}')
    (tmp_path / "empty").mkdir()
    run = CliRunner().invoke(app, ["verify", "hw4_logistic_regression",
                                   str(tmp_path / "submitted"), "--otter-results",
                                   str(tmp_path / "alice.json"), "--data",
                                   str(tmp_path / "empty"), "--lang", "zh"],
                             env={**os.environ, "NNGRADER_DATA": ""})
    assert run.exit_code == EXIT_CANNOT_GRADE, run.output
    assert "错误：" in run.output and "找不到文件" in run.output


def test_an_unreachable_scheduler_stops_the_batch_in_chinese(tmp_path):
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    submission = tmp_path / "alice.py"
    submission.write_text("import numpy as np\n")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        run = CliRunner().invoke(app, ["grade", "hw1_gradients", str(submission), "-o",
                                       str(tmp_path / "out"), "--lang", "zh", "--scheduler",
                                       "tcp://127.0.0.1:9"])
    assert run.exit_code == EXIT_CANNOT_GRADE, run.output
    assert "错误：无法连接位于 tcp://127.0.0.1:9 的 Dask 调度器" in run.output
    assert "没有为任何作业评分" in run.output and not (tmp_path / "out").exists()


def test_a_submission_that_cannot_be_read_as_a_notebook_is_told_in_chinese(tmp_path):
    from autograder.notebooks import SubmissionError, cells_from_bytes, read_submission

    (tmp_path / "empty.py").write_bytes(b"")
    with language("zh"), pytest.raises(SubmissionError) as empty:
        read_submission(tmp_path / "empty.py")
    assert str(empty.value) == "empty.py 是空文件"
    with pytest.raises(SubmissionError) as english:
        cells_from_bytes("bad.ipynb", b"not json")
    assert str(english.value) == ("bad.ipynb is not a Jupyter notebook (not valid JSON: "
                                  "Expecting value at line 1)")
    with language("zh"), pytest.raises(SubmissionError) as chinese:
        cells_from_bytes("bad.ipynb", b"not json")
    assert str(chinese.value).startswith("bad.ipynb 不是 Jupyter 笔记本")
