"""Write a notebook atomically (temporary file + rename), only when its bytes change."""
import os
from pathlib import Path

import nbformat


def to_bytes(nb) -> bytes:
    nbformat.validate(nb)
    return (nbformat.writes(nb) + "\n").encode("utf-8")


def write_atomic(path: Path, data: bytes) -> bool:
    """True when the file was (re)written."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True
