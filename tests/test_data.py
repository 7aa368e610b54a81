"""autograder.data: the real files load as documented; damaged copies fail naming the file."""
import gzip
import hashlib

import numpy as np
import pytest

from autograder import data

MNIST_FILES = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
               "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"]


@pytest.fixture(scope="module")
def folder():
    """The kit's own data/: what a fresh clone has."""
    return data.KIT_DATA


def linked_copy(source, target):
    """A data folder in `target` whose files are symlinks to `source`'s, to damage one by one."""
    for sub, names in (("catvnoncat", ["train_catvnoncat.h5", "test_catvnoncat.h5",
                                       "catvnoncat.npz"]),
                       ("mnist", MNIST_FILES)):
        (target / sub).mkdir()
        for name in names:
            (target / sub / name).symlink_to(source / sub / name)
    return target


def replace(path, content):
    path.unlink()
    path.write_bytes(content)


# ---- the real data ----

def test_catvnoncat(folder):
    cat = data.load_catvnoncat(folder)
    assert cat.train_x.shape == (209, 64, 64, 3) and cat.train_x.dtype == np.uint8
    assert cat.test_x.shape == (50, 64, 64, 3) and cat.test_x.dtype == np.uint8
    assert cat.train_y.shape == (1, 209) and cat.test_y.shape == (1, 50)
    assert (cat.train_y.sum(), cat.test_y.sum()) == (72, 33)  # cats, as the README counts
    assert list(cat.classes) == [b"non-cat", b"cat"]
    original = cat.train_x[0, 0, 0, 0]
    cat.train_x[0, 0, 0, 0] = original + 1  # each call returns fresh, writable copies
    assert data.load_catvnoncat(folder).train_x[0, 0, 0, 0] == original


def test_catvnoncat_from_environment(folder, monkeypatch):
    monkeypatch.setenv("NNGRADER_DATA", str(folder))
    assert data.data_dir() == folder
    assert data.load_catvnoncat().train_x.shape == (209, 64, 64, 3)


def test_catvnoncat_flat(folder):
    X_train, Y_train, X_test, Y_test = data.catvnoncat_flat(folder)
    assert X_train.shape == (12288, 209) and X_test.shape == (12288, 50)
    assert Y_train.shape == (1, 209) and Y_test.shape == (1, 50)
    assert 0.0 <= X_train.min() and X_train.max() <= 1.0
    raw = data.load_catvnoncat(folder).train_x
    assert X_train[:3, 5] == pytest.approx(raw[5, 0, 0, :] / 255)  # column = image, channels last
    assert abs(X_train.mean() * 255 - 103.0) < 0.1  # the README's mean pixel


def test_mnist(folder):
    x_train, t_train, x_test, t_test = data.load_mnist(folder)
    assert x_train.shape == (60000, 784) and x_test.shape == (10000, 784)
    assert x_train.dtype == np.float64 and 0.0 <= x_train.min() and x_train.max() == 1.0
    assert list(t_train[:10]) == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]
    assert list(np.bincount(t_test)) == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    assert abs(x_train.mean() * 255 - 33.32) < 0.01


def test_mnist_grading_subset_is_fixed(folder):
    x_train, t_train, x_test, t_test = data.mnist_grading_subset(folder)
    assert x_train.shape == (2000, 784) and x_test.shape == (1000, 784)
    assert t_train.shape == (2000, 10) and t_test.shape == (1000, 10)
    assert np.all(t_train.sum(axis=1) == 1) and np.all(t_test.sum(axis=1) == 1)
    # the draws the hw2 threshold was calibrated on (autograder/calibration.py)
    rng = np.random.default_rng(20240531)
    train_rows, test_rows = rng.choice(60000, 2000, replace=False), rng.choice(10000, 1000,
                                                                               replace=False)
    full = data.load_mnist(folder)
    np.testing.assert_array_equal(x_train, full[0][train_rows])
    np.testing.assert_array_equal(t_test.argmax(axis=1), full[3][test_rows])
    again = data.mnist_grading_subset(folder)
    assert all(np.array_equal(a, b) for a, b in zip(again, (x_train, t_train, x_test, t_test)))


def test_the_notebook_reads_the_grading_subset(folder):
    # what hw2's notebook does with the pasted readers, from the files beside it
    beside = data.KIT_DATA.parent / "assignments" / "hw2_two_layer_net" / "datasets" / "mnist"
    arrays = data.mnist_subset(*(data.read_idx(beside / name) for name in data.MNIST_FILES))
    for mine, graded in zip(arrays, data.mnist_grading_subset(folder)):
        np.testing.assert_array_equal(mine, graded)


def test_the_kit_data_is_found_without_an_environment_variable(monkeypatch):
    monkeypatch.delenv("NNGRADER_DATA", raising=False)
    assert data.data_dir() == data.KIT_DATA
    assert data.load_catvnoncat().train_x.shape == (209, 64, 64, 3)
    assert data.load_mnist()[0].shape == (60000, 784)


def test_the_npz_holds_the_published_cat_arrays(folder):
    cat = data.load_catvnoncat(folder)
    beside = (data.KIT_DATA.parent / "assignments" / "hw4_logistic_regression" / "datasets"
              / "catvnoncat" / "catvnoncat.npz")
    for from_npz, from_h5 in zip(data.read_catvnoncat_npz(beside), cat):
        assert from_npz.dtype == from_h5.dtype
        np.testing.assert_array_equal(from_npz, from_h5)


# ---- errors ----

def test_no_folder_at_all(monkeypatch, tmp_path):
    monkeypatch.delenv("NNGRADER_DATA", raising=False)
    monkeypatch.setattr(data, "KIT_DATA", tmp_path / "gone")
    with pytest.raises(data.DataError, match="no data folder.*git checkout -- data"):
        data.load_catvnoncat()


def test_folder_that_does_not_exist(tmp_path):
    with pytest.raises(data.DataError, match="does-not-exist.*NNGRADER_DATA"):
        data.load_mnist(tmp_path / "does-not-exist")  # the message names NNGRADER_DATA too


def test_missing_file(folder, tmp_path):
    copy = linked_copy(folder, tmp_path)
    (copy / "catvnoncat" / "test_catvnoncat.h5").unlink()
    with pytest.raises(data.DataError, match=r"test_catvnoncat\.h5: file not found"):
        data.load_catvnoncat(copy)


def test_missing_npz_says_how_to_write_it(folder, tmp_path):
    copy = linked_copy(folder, tmp_path)
    (copy / "catvnoncat" / "catvnoncat.npz").unlink()
    with pytest.raises(data.DataError, match=r"catvnoncat\.npz: file not found; the notebooks "
                                             r"read it.*nngrader data --folder"):
        data.load_catvnoncat(copy)


def _flip_byte_20(content):
    """The one-byte HDF5 superblock variant seen in the wild."""
    damaged = bytearray(content)
    damaged[20] ^= 1
    return bytes(damaged)


@pytest.mark.parametrize("relative, damage, load, message", [
    ("mnist/t10k-labels-idx1-ubyte.gz", lambda content: content[:3000], data.load_mnist,
     r"t10k-labels-idx1-ubyte\.gz: 3000 bytes, expected 4542.*truncated"),
    ("catvnoncat/train_catvnoncat.h5", _flip_byte_20, data.load_catvnoncat,
     r"train_catvnoncat\.h5: sha256 .*expected fbe56ab6"),
], ids=["truncated", "wrong checksum"])
def test_a_damaged_file_is_named(folder, tmp_path, relative, damage, load, message):
    copy = linked_copy(folder, tmp_path)
    replace(copy / relative, damage((copy / relative).read_bytes()))
    with pytest.raises(data.DataError, match=message):
        load(copy)


def test_bad_idx_content_is_reported(folder, tmp_path, monkeypatch):
    # a file with the expected size and checksum but a wrong magic number
    copy = linked_copy(folder, tmp_path)
    labels = copy / "mnist" / "t10k-labels-idx1-ubyte.gz"
    content = gzip.compress((1234).to_bytes(4, "big") + (10000).to_bytes(4, "big") + bytes(10000))
    replace(labels, content)
    expected = dict(data.EXPECTED_FILES)
    digest = hashlib.sha256(content).hexdigest()
    expected["mnist/t10k-labels-idx1-ubyte.gz"] = (len(content), digest)
    monkeypatch.setattr(data, "EXPECTED_FILES", expected)
    with pytest.raises(data.DataError, match=r"t10k-labels-idx1-ubyte\.gz: .*magic number 1234"):
        data.load_mnist(copy)


def test_read_idx_rejects_truncated_content(tmp_path):
    path = tmp_path / "short-labels.gz"
    path.write_bytes(gzip.compress((2049).to_bytes(4, "big") + (5).to_bytes(4, "big") + bytes(3)))
    with pytest.raises(ValueError, match="short-labels.gz is damaged .*11 bytes"):
        data.read_idx(path)
    full = tmp_path / "labels.gz"
    header = (2049).to_bytes(4, "big") + (3).to_bytes(4, "big")
    full.write_bytes(gzip.compress(header + b"\x07\x01\x02"))
    np.testing.assert_array_equal(data.read_idx(full), [7, 1, 2])
    (tmp_path / "cut.gz").write_bytes(full.read_bytes()[:15])
    with pytest.raises(ValueError, match="cut.gz is damaged"):
        data.read_idx(tmp_path / "cut.gz")


def test_the_notebook_readers_say_what_is_missing_or_damaged(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"^t10k-labels-idx1-ubyte.gz is missing: it "
                                                r"belongs in the folder .*mnist/"):
        data.read_idx(tmp_path / "mnist" / "t10k-labels-idx1-ubyte.gz")
    with pytest.raises(FileNotFoundError, match=r"^catvnoncat.npz is missing"):
        data.read_catvnoncat_npz(tmp_path / "catvnoncat.npz")
    (tmp_path / "catvnoncat.npz").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ValueError, match=r"catvnoncat.npz is damaged"):
        data.read_catvnoncat_npz(tmp_path / "catvnoncat.npz")
