"""`nngrader data`: check the kit's data files, fetch MNIST again, derive catvnoncat.npz.

The kit ships every file it needs in data/ (data/README.md). This module is for the
cases where that copy is missing or damaged, or wanted elsewhere: `fetch_mnist` downloads
the four original MNIST files and keeps each only if its sha256 is the published one;
`write_catvnoncat_npz` rewrites catvnoncat.npz (the cat / non-cat arrays for notebooks
without h5py) from the published HDF5 files, byte for byte the same every time.
"""
import hashlib
import io
import logging
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import numpy as np

from . import data

# The original address first (it answers only some clients today), then the mirror that
# torchvision downloads from. Both serve the same bytes; the sha256 decides.
MNIST_SOURCES = ("https://yann.lecun.com/exdb/mnist/",
                 "https://ossci-datasets.s3.amazonaws.com/mnist/")
NPZ = data.NPZ  # catvnoncat/catvnoncat.npz
NPZ_KEYS = ("train_set_x", "train_set_y", "test_set_x", "test_set_y", "list_classes")
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
LOG = logging.getLogger(__name__)
# What the socket layer says when there is no network (no DNS, no route, no answer).
OFFLINE_SIGNS = ("Name or service not known", "name resolution", "Network is unreachable",
                 "No address associated", "timed out", "Connection refused")


class FetchError(Exception):
    """A file could not be downloaded, or what came back is not the published file."""


def sha256_of(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def check(folder) -> tuple[dict[str, str], bool]:
    """(problems(folder), whether catvnoncat.npz was written again).

    catvnoncat.npz is derived from the HDF5 files: when it alone is wrong and they are
    right, it is written from them before the final check.
    """
    found = problems(folder)
    if NPZ in found and not any(name.endswith(".h5") for name in found):
        write_catvnoncat_npz(folder)
        return problems(folder), True
    return found, False


def problems(folder) -> dict[str, str]:
    """relative path -> what is wrong with it in `folder` (empty when every file is right)."""
    found = {}
    for relative, (size, sha256) in data.EXPECTED_FILES.items():
        path = Path(folder) / relative
        if not path.is_file():
            found[relative] = "missing"
        elif path.stat().st_size != size:
            found[relative] = f"{path.stat().st_size} bytes, expected {size}"
        elif sha256_of(path) != sha256:
            found[relative] = "damaged (sha256 differs from the published one)"
    return found


def install_verified(content: bytes, relative: str, folder) -> Path:
    """Write `content` as folder/relative if its size and sha256 are the published ones."""
    size, sha256 = data.EXPECTED_FILES[relative]
    digest = hashlib.sha256(content).hexdigest()
    if len(content) != size or digest != sha256:
        raise FetchError(f"{relative}: got {len(content)} bytes with sha256 {digest}, "
                         f"expected {size} bytes with sha256 {sha256}; nothing was written")
    target = Path(folder) / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(content)
    partial.replace(target)
    return target


def download(url: str, timeout: float = 60.0) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "nngrader"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read()


def fetch_mnist(folder, sources=MNIST_SOURCES, fetch=download, log=LOG.info) -> list[Path]:
    """Download the four MNIST files into folder/mnist/, each checked against its sha256.

    Tries each source in turn for each file; log(line) says where each came from (cli.py
    prints it). Raises FetchError, saying whether the network was unreachable, when a file
    could not be had from any source.
    """
    written = []
    for name in data.MNIST_FILES:
        relative = f"mnist/{name}"
        failures = []
        for source in sources:
            try:
                content = fetch(source + name)
                written.append(install_verified(content, relative, folder))
                log(f"{relative}: {len(content):,} bytes from {source}, sha256 verified")
                break
            except (urllib.error.URLError, OSError, FetchError) as error:
                failures.append(f"{source}: {getattr(error, 'reason', error)}")
        else:
            offline = all(any(sign in failure for sign in OFFLINE_SIGNS)
                          for failure in failures)
            hint = (" The network looks unreachable: the kit's own copy in data/mnist is "
                    "the same file." if offline else "")
            raise FetchError(f"could not fetch {name}: " + "; ".join(failures) + "." + hint)
    return written


def npz_bytes(h5_folder) -> bytes:
    """catvnoncat.npz made from folder/catvnoncat/*.h5: stored (uncompressed) .npy entries,
    in NPZ_KEYS order, with a fixed time, so the same input gives the same bytes."""
    import h5py

    arrays = {}
    for split in ("train", "test"):
        with h5py.File(Path(h5_folder) / "catvnoncat" / f"{split}_catvnoncat.h5", "r") as f:
            arrays[f"{split}_set_x"] = np.array(f[f"{split}_set_x"])
            arrays[f"{split}_set_y"] = np.array(f[f"{split}_set_y"])
            arrays.setdefault("list_classes", np.array(f["list_classes"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for key in NPZ_KEYS:
            entry = io.BytesIO()
            array = arrays[key]  # h5py tags its dtypes with metadata that .npy cannot keep
            array = np.asarray(array, dtype=np.dtype(array.dtype.str))
            np.lib.format.write_array(entry, array, allow_pickle=False)
            info = zipfile.ZipInfo(f"{key}.npy", date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            archive.writestr(info, entry.getvalue())
    return buffer.getvalue()


def write_catvnoncat_npz(folder) -> Path:
    """Write folder/catvnoncat/catvnoncat.npz from the HDF5 files beside it."""
    target = Path(folder) / "catvnoncat" / "catvnoncat.npz"
    target.write_bytes(npz_bytes(folder))
    return target
