"""nngrader data: the checks, the sha256-verified MNIST fetch (from local files: no network
in the tests) and the reproducible catvnoncat.npz."""
import shutil
import urllib.error

import pytest
from typer.testing import CliRunner

from autograder import data, datafiles
from autograder.cli import app


def local_source(folder):
    """A `fetch` that serves the files of `folder`/mnist by URL tail, as a mirror would."""
    def fetch(url):
        path = folder / "mnist" / url.rsplit("/", 1)[1]
        if not path.exists():
            raise urllib.error.URLError("[Errno -2] Name or service not known")
        return path.read_bytes()
    return fetch


def test_fetch_keeps_only_files_with_the_published_sha256(tmp_path):
    mirror = tmp_path / "mirror"
    shutil.copytree(data.KIT_DATA / "mnist", mirror / "mnist")
    damaged = mirror / "mnist" / "t10k-labels-idx1-ubyte.gz"
    content = bytearray(damaged.read_bytes())
    content[100] ^= 0xFF
    damaged.write_bytes(bytes(content))
    target = tmp_path / "target"
    with pytest.raises(datafiles.FetchError, match=r"t10k-labels-idx1-ubyte.gz: got 4542 "
                                                   r"bytes with sha256 .*nothing was written"):
        datafiles.fetch_mnist(target, sources=("https://mirror.invalid/",),
                              fetch=local_source(mirror), log=lambda line: None)
    assert not (target / "mnist" / "t10k-labels-idx1-ubyte.gz").exists()

    # a second source with the right bytes: every file is fetched and verified
    shutil.copytree(data.KIT_DATA / "mnist", tmp_path / "good" / "mnist")
    sources = ("https://mirror.invalid/", "https://good.invalid/")

    def two_mirrors(url):
        return local_source(mirror if "mirror.invalid" in url else tmp_path / "good")(url)
    lines = []
    written = datafiles.fetch_mnist(target, sources=sources, fetch=two_mirrors,
                                    log=lines.append)
    assert len(written) == 4 and datafiles.problems(target).keys() == {
        "catvnoncat/train_catvnoncat.h5", "catvnoncat/test_catvnoncat.h5",
        "catvnoncat/catvnoncat.npz"}
    assert any("t10k-labels-idx1-ubyte.gz" in line and "good.invalid" in line for line in lines)


def test_offline_fetch_says_so(tmp_path):
    with pytest.raises(datafiles.FetchError, match="network looks unreachable"):
        datafiles.fetch_mnist(tmp_path, fetch=local_source(tmp_path / "nothing"),
                              log=lambda line: None)


def test_npz_is_rebuilt_byte_for_byte_from_the_h5_files():
    assert datafiles.npz_bytes(data.KIT_DATA) == (
        data.KIT_DATA / "catvnoncat" / "catvnoncat.npz").read_bytes()


def test_data_command_checks_every_file(tmp_path):
    result = CliRunner().invoke(app, ["data", "--folder", str(data.KIT_DATA)])
    assert result.exit_code == 0, result.output
    assert result.output.count("ok (sha256 verified)") == len(data.EXPECTED_FILES)
    shutil.copytree(data.KIT_DATA, tmp_path / "copy")
    (tmp_path / "copy" / "mnist" / "train-labels-idx1-ubyte.gz").write_bytes(b"short")
    (tmp_path / "copy" / "catvnoncat" / "catvnoncat.npz").unlink()
    result = CliRunner().invoke(app, ["data", "--folder", str(tmp_path / "copy")])
    assert result.exit_code == 1
    assert "train-labels-idx1-ubyte.gz: 5 bytes, expected 28881" in result.output
    assert "catvnoncat.npz: written from the HDF5 files" in result.output
