"""Which version of a file is on disk: size, modification time and a hash of the bytes.

The document remembers the version it loaded or saved; before saving over the file,
and whenever the folder changes while the window is open, it compares that with what
is on disk now, so an edit made elsewhere (a second window, a sync client, a colleague
on a shared folder) is never overwritten without a word.

Qt-free (plain Python).
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from planner_gui.model.bounded_read import READ_FLAGS

_CHUNK = 1 << 20


@dataclass(frozen=True)
class DiskVersion:
    """One version of a file: its size, modification time (ns) and SHA-256."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path | str, known: DiskVersion | None = None) -> DiskVersion | None:
        """The version of the regular file at ``path`` now (a link is followed).

        None when there is no regular file there (deleted, moved, a folder or a FIFO:
        never waited on) or it cannot be read. When size and time are
        still those of ``known``, that is the answer, without reading the file again.
        """
        try:
            # Opened without waiting and checked on the open file (``bounded_read``):
            # a pipe swapped in for the season must not block the window's thread.
            fd = os.open(path, READ_FLAGS)
        except OSError:
            return None
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            os.close(fd)
            return None
        with os.fdopen(fd, "rb") as handle:
            if known is not None and (before.st_size, before.st_mtime_ns) == (
                known.size, known.mtime_ns
            ):
                return known
            digest = hashlib.sha256()
            try:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
            except OSError:
                return None
        return cls(before.st_size, before.st_mtime_ns, digest.hexdigest())

    @classmethod
    def written(cls, path: Path | str, data: bytes) -> DiskVersion:
        """The version of ``path`` just written with ``data`` (hashed without rereading)."""
        status = os.stat(path)
        return cls(status.st_size, status.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def same_content(self, other: DiskVersion | None) -> bool:
        """Whether ``other`` holds the same bytes (a touched file has not changed)."""
        return other is not None and (self.size, self.sha256) == (other.size, other.sha256)


def is_read_only(path: Path | str) -> bool:
    """Whether the file at ``path`` is protected from writing (0444, or not ours to write).

    Checked by its permission bits as well as by ``os.access``: an administrator may
    write anything, but a file nobody may write was made read-only on purpose.
    """
    try:
        status = os.stat(path)
    except OSError:
        return False
    return not status.st_mode & 0o222 or not os.access(path, os.W_OK)
