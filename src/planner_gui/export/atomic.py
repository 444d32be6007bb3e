"""Writing a file atomically: a failed or cancelled export never leaves half a PDF."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp_path)``, then move the temp file over ``path``.

    The temp file lives in the target folder so the final ``os.replace`` is atomic;
    on any error (or cancellation) it is removed and ``path`` is left as it was.
    """
    folder = path.parent if str(path.parent) else Path(".")
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(fd)
    temp = Path(name)
    try:
        write(temp)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        # mkstemp creates 0600; a PDF is an ordinary document.
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
