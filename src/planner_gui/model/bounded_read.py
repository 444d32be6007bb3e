"""Reading a file the coach pointed at, without hanging or filling memory.

Season files and race lists both come in this way. Only a regular file is read: a
pipe, device or socket is refused without waiting on it, and the file that was
opened is the one checked (``fstat``), so swapping it for a pipe between the check
and the read changes nothing. Reading stops one byte past the limit, whatever the
size said (``/proc`` files say 0, a file may grow meanwhile).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class UnreadableFile(Exception):
    """The file cannot be read as asked; the message is one line, without the path."""


_SPECIAL_FILES = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)

# O_NONBLOCK: opening a pipe for reading would wait for a writer forever.
READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def _refusal(mode: int, kind: str) -> UnreadableFile | None:
    """The error for a folder, pipe, device or socket (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    what = next((name for test, name in _SPECIAL_FILES if test(mode)), "not a regular file")
    return UnreadableFile(f"is {what}, not {kind}")


def read_bounded(path: Path, limit: int, kind: str) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    ``kind`` names what the file should be in the messages ("a season file").
    Raises UnreadableFile with a one-line reason.
    """
    try:
        refusal = _refusal(path.stat().st_mode, kind)
        if refusal:
            raise refusal
        fd = os.open(path, READ_FLAGS)
    except FileNotFoundError:
        raise UnreadableFile("no such file") from None
    except OSError as error:
        if error.errno == errno.ENXIO:  # a socket swapped in after the check
            raise UnreadableFile(f"is a socket, not {kind}") from None
        raise UnreadableFile(f"cannot be read ({error.strerror or error})") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        refusal = _refusal(info.st_mode, kind)
        if refusal:
            raise refusal
        if info.st_size > limit:
            raise UnreadableFile(f"the file is too large ({info.st_size} bytes) to be {kind}")
        try:
            raw = handle.read(limit + 1)
        except OSError as error:
            raise UnreadableFile(f"cannot be read ({error.strerror})") from None
    if len(raw) > limit:
        raise UnreadableFile(f"the file is too large (more than {limit} bytes) to be {kind}")
    return raw
