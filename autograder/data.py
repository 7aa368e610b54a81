"""Validated loaders for the course data (cat / non-cat, MNIST) and the fixed grading subsets.

The data ships with the kit, in data/ at the root of the repository (provenance, checksums
and licences: data/README.md):
    data/catvnoncat/{train,test}_catvnoncat.h5   (and catvnoncat.npz, the same arrays)
    data/mnist/{train,t10k}-{images-idx3,labels-idx1}-ubyte.gz
A `data_dir` argument, else $NNGRADER_DATA, names another folder of the same layout.
Every file is checked (present, size, sha256, then keys / magic numbers, shapes, dtypes)
and any problem raises DataError naming the file, what was expected and how to fix it.

The plain readers (data_file, read_idx, read_catvnoncat_npz, mnist_subset) need only numpy:
the build pastes them into the hw2 / hw4 notebooks, so students and the grader share one
definition.
The grading subsets are described in docs/DATA.md.
"""
import functools
import hashlib
import os
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .i18n import tr

ENV_VAR = "NNGRADER_DATA"
# The data folder of the repository (an editable install, or a checkout on PYTHONPATH).
KIT_DATA = Path(__file__).resolve().parent.parent / "data"


def how_to_fix(lang=None):
    """Where the data comes from, in `lang` (default: i18n.current())."""
    return tr("The kit's copy is data/ in its repository (restore it with `git checkout -- "
              "data`; see data/README.md); {variable} or --data may name another folder with "
              "catvnoncat/ and mnist/.", lang, variable=ENV_VAR)


# relative path -> (bytes, sha256), as in data/SHA256SUMS
EXPECTED_FILES = {
    "catvnoncat/train_catvnoncat.h5": (
        2572022, "fbe56ab67c3ae28d564e3a644189117976d6b31af0a3ce9bb17dbf22908af242"),
    "catvnoncat/test_catvnoncat.h5": (
        616958, "6a9d39ce52fa85953c5834695b8534a30ed8cfd54971fb2f080b5a24d002b951"),
    "catvnoncat/catvnoncat.npz": (
        3185868, "1e7f445dbc8b69c072d3ed98b5088042ece96d24db8938d394bcc5be7f3db2d8"),
    "mnist/train-images-idx3-ubyte.gz": (
        9912422, "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
    "mnist/train-labels-idx1-ubyte.gz": (
        28881, "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
    "mnist/t10k-images-idx3-ubyte.gz": (
        1648877, "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
    "mnist/t10k-labels-idx1-ubyte.gz": (
        4542, "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"),
}
NPZ = "catvnoncat/catvnoncat.npz"
MNIST_FILES = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
               "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")

# Grading subset of MNIST (docs/DATA.md): fixed seed, fixed sizes (mnist_subset's defaults).
MNIST_SUBSET_SEED = 20240531
MNIST_SUBSET_TRAIN = 2000
MNIST_SUBSET_TEST = 1000


class DataError(Exception):
    """A data file is missing, damaged or not what the kit expects."""


class CatData(NamedTuple):
    train_x: np.ndarray  # (209, 64, 64, 3) uint8
    train_y: np.ndarray  # (1, 209) int64, 1 = cat
    test_x: np.ndarray   # (50, 64, 64, 3) uint8
    test_y: np.ndarray   # (1, 50) int64
    classes: np.ndarray  # (2,) bytes: [b'non-cat', b'cat']


def data_dir():
    """The data folder: $NNGRADER_DATA when set, else the kit's data/ (None if it is absent)."""
    value = os.environ.get(ENV_VAR)
    if value:
        return Path(value)
    return KIT_DATA if KIT_DATA.is_dir() else None


# ---- plain readers: numpy only, pasted into the hw2 / hw4 notebooks by the build ----

def data_file(path):
    """`path` as a Path, once the file is there; else FileNotFoundError saying where it
    belongs, in one sentence."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path.name} is missing: it belongs in the folder "
                                f"{path.parent}/ (the datasets/ folder handed out beside "
                                "the notebook holds it).")
    return path


def read_idx(path):
    """Read a gzipped IDX file (MNIST): images -> (count, rows, cols) uint8, labels -> (count,) uint8.

    A missing file raises FileNotFoundError and a damaged one ValueError, each saying so
    in one sentence.
    """
    import gzip
    import zlib

    path = data_file(path)
    try:
        with gzip.open(path, "rb") as f:
            raw = f.read()
    except (OSError, EOFError, zlib.error) as error:
        raise ValueError(f"{path} is damaged ({error}): copy it again.") from None
    magic = int.from_bytes(raw[0:4], "big")
    count = int.from_bytes(raw[4:8], "big")
    if magic == 2051:
        rows = int.from_bytes(raw[8:12], "big")
        cols = int.from_bytes(raw[12:16], "big")
        shape, offset = (count, rows, cols), 16
    elif magic == 2049:
        shape, offset = (count,), 8
    else:
        raise ValueError(f"{path} is damaged (magic number {magic}, expected 2051 for "
                         "images or 2049 for labels): copy it again.")
    if len(raw) != offset + int(np.prod(shape)):
        raise ValueError(f"{path} is damaged ({len(raw)} bytes after gunzip, the header "
                         f"announces {offset + int(np.prod(shape))}): copy it again.")
    return np.frombuffer(raw, dtype=np.uint8, offset=offset).reshape(shape)


def read_catvnoncat_npz(path):
    """Read catvnoncat.npz, the cat / non-cat images as numpy arrays (no h5py needed).

    Returns train_x (209, 64, 64, 3) uint8, train_y (1, 209) int64 (1 = cat),
    test_x (50, 64, 64, 3), test_y (1, 50), classes (2,) bytes [b'non-cat', b'cat'].
    A missing file raises FileNotFoundError and a damaged one ValueError.
    """
    import zipfile

    path = data_file(path)
    try:
        with np.load(path, allow_pickle=False) as arrays:
            return (arrays["train_set_x"], arrays["train_set_y"].reshape(1, -1),
                    arrays["test_set_x"], arrays["test_set_y"].reshape(1, -1),
                    arrays["list_classes"])
    except (OSError, EOFError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise ValueError(f"{path} is damaged ({error}): copy it again.") from None


def mnist_subset(x_train, t_train, x_test, t_test, seed=20240531, train_size=2000,
                 test_size=1000):
    """The fixed MNIST subset hw2 trains on and is graded on.

    Takes the arrays read_idx gives (images (N, 28, 28) or (N, 784) uint8, labels (N,)
    uint8) and draws with np.random.default_rng(seed) train_size training rows, then
    min(test_size, len(t_test)) test rows, without replacement, in draw order.
    Returns x_train (train_size, 784) float64 in [0, 1], t_train (train_size, 10)
    one-hot, x_test (test_size, 784), t_test (test_size, 10).
    """
    rng = np.random.default_rng(seed)
    train_rows = rng.choice(len(t_train), train_size, replace=False)
    test_rows = rng.choice(len(t_test), min(test_size, len(t_test)), replace=False)
    one_hot = np.eye(10)
    return (x_train[train_rows].reshape(len(train_rows), -1) / 255.0,
            one_hot[t_train[train_rows]],
            x_test[test_rows].reshape(len(test_rows), -1) / 255.0,
            one_hot[t_test[test_rows]])


def read_catvnoncat_h5(path, split):
    """Read one published cat / non-cat HDF5 file, split 'train' or 'test' (needs h5py).

    Returns (x (m, 64, 64, 3) uint8, y (1, m) labels, classes (2,) bytes).
    """
    import h5py

    with h5py.File(path, "r") as f:
        x = np.array(f[f"{split}_set_x"])
        y = np.array(f[f"{split}_set_y"]).reshape(1, -1)
        classes = np.array(f["list_classes"])
    return x, y, classes


# ---- validation ----

def _folder(data_dir_arg):
    """The data folder to use (argument, else data_dir()), or None."""
    folder = Path(data_dir_arg) if data_dir_arg is not None else data_dir()
    if folder is not None and not folder.is_dir():
        raise DataError(tr("data folder {folder} does not exist or is not a folder. {fix}",
                           folder=folder, fix=how_to_fix()))
    return folder


def _checked_file(folder, relative):
    """Path of a data file after checking it is there, of the right size and sha256."""
    path = Path(folder) / relative
    size, sha256 = EXPECTED_FILES[relative]
    if not path.is_file():
        raise DataError(tr("{path}: file not found (expected {relative}). {fix}", path=path,
                           relative=relative, fix=how_to_fix()))
    found_size = path.stat().st_size
    if found_size != size:
        hint = (tr("truncated (incomplete copy or download?)") if found_size < size
                else tr("too long"))
        raise DataError(tr("{path}: {found} bytes, expected {size}: the file is {hint}. Copy the "
                           "original file again. {fix}", path=path, found=found_size, size=size,
                           hint=hint, fix=how_to_fix()))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise DataError(tr("{path}: sha256 {digest}, expected {sha256}: not the original file. "
                           "Copy the original file again. {fix}", path=path, digest=digest,
                           sha256=sha256, fix=how_to_fix()))
    return path


def _check_array(path, what, array, shape, dtype_kind):
    if array.shape != shape or array.dtype.kind != dtype_kind:
        raise DataError(tr("{path}: {what} has shape {shape} and dtype {dtype}, expected shape "
                           "{expected} and dtype kind '{kind}'. {fix}", path=path, what=what,
                           shape=array.shape, dtype=array.dtype, expected=shape,
                           kind=dtype_kind, fix=how_to_fix()))


# ---- cat / non-cat ----

@functools.lru_cache(maxsize=4)
def _catvnoncat(folder):
    arrays = {}
    for split, m in (("train", 209), ("test", 50)):
        path = _checked_file(folder, f"catvnoncat/{split}_catvnoncat.h5")
        try:
            x, y, classes = read_catvnoncat_h5(path, split)
        except (KeyError, OSError) as error:
            raise DataError(tr("{path}: cannot read '{split}_set_x', '{split}_set_y' and "
                               "'list_classes' ({problem}). {fix}", path=path, split=split,
                               problem=error, fix=how_to_fix())) from error
        _check_array(path, f"{split}_set_x", x, (m, 64, 64, 3), "u")
        _check_array(path, f"{split}_set_y", y, (1, m), "i")
        _check_array(path, "list_classes", classes, (2,), "S")
        arrays[split] = (x, y, classes)
    # the notebooks read the same arrays from catvnoncat.npz (graded ones from this folder)
    if not (Path(folder) / NPZ).is_file():
        raise DataError(tr("{path}: file not found; the notebooks read it. Write it from the "
                           "HDF5 files beside it with `nngrader data --folder {folder}`.",
                           path=Path(folder) / NPZ, folder=folder))
    _checked_file(folder, NPZ)
    for array in (*arrays["train"], *arrays["test"]):
        array.flags.writeable = False
    return CatData(*arrays["train"][:2], *arrays["test"])


def load_catvnoncat(data_dir=None):
    """The cat / non-cat images as a CatData (fresh copies, channels last, labels (1, m)).

    Read from `data_dir` (else $NNGRADER_DATA, else the kit's data/)/catvnoncat, the
    published HDF5 files.
    """
    folder = _required_folder(data_dir)
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
        raise DataError(tr("{path}: not a readable gzipped IDX file ({problem}). {fix}",
                           path=path, problem=error, fix=how_to_fix())) from error
    _check_array(path, tr("the IDX data"), array, shape, "u")
    return array


def _mnist_from_folder(folder):
    x_train = _read_checked_idx(folder, "mnist/train-images-idx3-ubyte.gz", (60000, 28, 28))
    t_train = _read_checked_idx(folder, "mnist/train-labels-idx1-ubyte.gz", (60000,))
    x_test = _read_checked_idx(folder, "mnist/t10k-images-idx3-ubyte.gz", (10000, 28, 28))
    t_test = _read_checked_idx(folder, "mnist/t10k-labels-idx1-ubyte.gz", (10000,))
    return x_train.reshape(-1, 784), t_train, x_test.reshape(-1, 784), t_test


@functools.lru_cache(maxsize=4)
def _mnist_uint8(folder):
    arrays = _mnist_from_folder(folder)
    for array in arrays:
        array.flags.writeable = False
    return arrays


def _required_folder(data_dir_arg):
    folder = _folder(data_dir_arg)
    if folder is None:
        raise DataError(tr("no data folder: {kit_data} is missing and {variable} is not set. "
                           "{fix}", kit_data=KIT_DATA, variable=ENV_VAR, fix=how_to_fix()))
    return folder


def load_mnist(data_dir=None):
    """MNIST as (x_train (60000, 784) float64 in [0, 1], t_train (60000,) int64, x_test, t_test).

    From `data_dir` (else $NNGRADER_DATA, else the kit's data/)/mnist: the original split.
    Files are read and checked once per process.
    """
    x_train, t_train, x_test, t_test = _mnist_uint8(str(_required_folder(data_dir)))
    return (x_train / 255.0, t_train.astype(np.int64),
            x_test / 255.0, t_test.astype(np.int64))


def mnist_grading_subset(data_dir=None):
    """The MNIST subset hw2's train_mnist is graded on (the notebook trains on it too).

    Returns mnist_subset of the checked files with its default seed and sizes:
    x_train (2000, 784) float64 in [0, 1], t_train (2000, 10) one-hot, x_test (1000, 784),
    t_test (1000, 10) one-hot.
    """
    return mnist_subset(*_mnist_uint8(str(_required_folder(data_dir))),
                        seed=MNIST_SUBSET_SEED, train_size=MNIST_SUBSET_TRAIN,
                        test_size=MNIST_SUBSET_TEST)
