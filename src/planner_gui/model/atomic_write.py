"""Writing a file atomically: the one way the app writes every file.

Saves, their ``.bak`` copies, PDF exports and screenshots all go through
``write_atomically``: the content goes into a temporary file in the target's own
folder, is flushed to disk (``fsync``) and moved over the target with
``os.replace``, and the folder is flushed too so the move survives a power cut.
Readers see the old file or the new one, never half of one; a failure (a full
disk, a cancelled export) removes the temporary file and leaves the old one; a
writer killed mid-write leaves one behind, which ``remove_stale_temps`` clears a day
later.

What the coach set up stays as it was: a file being replaced keeps its permissions
(and its owner and group where the system allows); a symlink keeps pointing where
it pointed, and the file it points to is the one written. A new file gets the
permissions any program would give it (0o666 less the umask): ``os.open`` applies
the umask itself, so the process umask is never changed, not even for an instant,
and writing from a worker thread is safe.

Qt-free (plain Python): the model, export and views layers all use it.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

Content = bytes | Callable[[BinaryIO], object]
"""The bytes to write, or a function that writes them into the open file."""

_TEMP_SUFFIX = ".tmp"
_NAME_IN_TEMP = 40
"""Characters of the target's name kept in the temp name (file names have a limit)."""
_TOKEN_CHARS = 8
STALE_AFTER = 24 * 60 * 60
"""Seconds after which a temporary file of ours is an orphan (its writer was killed)."""
_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL
    | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
)


def write_atomically(
    path: Path | str,
    content: Content,
    *,
    follow_symlinks: bool = True,
    like: os.stat_result | None = None,
) -> Path:
    """Write ``content`` to ``path`` atomically; returns the file actually written.

    Args:
        path: the file to write. When it is a symlink (and ``follow_symlinks``), the
            file it points to is written and the link stays.
        content: the bytes, or a function called with the open temporary file
            (``BinaryIO``) that writes them (ReportLab writes a PDF that way).
        follow_symlinks: False replaces a symlink at ``path`` by the file instead of
            writing where it points: for copies such as ``NAME.bak``, where a link
            planted at that name must never redirect the write elsewhere.
        like: the status of a file this one is a copy of: the copy takes its
            permissions, owner and modification time. Without it, a file already at
            the target lends its permissions and owner, and a new file gets the usual
            ones (0o666 less the umask).

    Raises:
        OSError: the file could not be written; the old one is untouched and no
            temporary file is left. Whatever ``content`` raises (``ExportCancelled``)
            passes through the same way.
    """
    target = Path(os.path.realpath(path)) if follow_symlinks else Path(path)
    folder = target.parent  # "x.pdf" has the parent "."
    keep = like if like is not None else _regular_file_status(target)
    fd, temp = _create_temp(folder, target.name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(content, bytes):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            if keep is not None:
                _take_status(handle.fileno(), temp, keep, times=like is not None)
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    return target


def copy_atomically(source: Path | str, copy: Path | str) -> bool:
    """Copy the regular file ``source`` to ``copy`` as a save writes (a ``.bak``).

    The copy keeps the source's permissions, owner and modification time. A symlink
    at ``copy`` is replaced, never followed. Returns False (and writes nothing) when
    ``source`` is missing or not a regular file: a FIFO or a device is never opened.
    """
    status = _regular_file_status(Path(os.path.realpath(source)))
    if status is None:
        return False
    with open(source, "rb") as handle:
        data = handle.read()
    write_atomically(copy, data, follow_symlinks=False, like=status)
    return True


def remove_stale_temps(path: Path | str, older_than: float = STALE_AFTER) -> list[Path]:
    """Remove the temporary files a killed writer of ``path`` left behind; returns them.

    Only files named as ``write_atomically`` names the temps of ``path``
    (``.NAME.1a2b3c4d.tmp``), in ``path``'s own folder, that are regular files not
    modified for ``older_than`` seconds: a save in progress in another window is
    never touched, nor anything another program made.
    """
    path = Path(path)
    name = re.escape(f".{path.name[:_NAME_IN_TEMP]}.")
    ours = re.compile(f"{name}[0-9a-f]{{{_TOKEN_CHARS}}}{re.escape(_TEMP_SUFFIX)}")
    oldest = time.time() - older_than
    removed = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return []
    for entry in entries:
        if not ours.fullmatch(entry.name):
            continue
        try:
            status = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(status.st_mode) and status.st_mtime < oldest:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone meanwhile, or not ours to remove: the save goes on
    return removed


def _regular_file_status(path: Path) -> os.stat_result | None:
    """The status of the regular file at ``path`` (never following a link), or None."""
    try:
        status = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return status if stat.S_ISREG(status.st_mode) else None


def _create_temp(folder: Path, name: str) -> tuple[int, Path]:
    """A new, empty file in ``folder``, open for writing, with a name nobody else has.

    The mode 0o666 is filtered by the process umask in the kernel, as for any new
    file: reading the umask would mean setting it, which races with other threads.
    """
    while True:
        token = secrets.token_hex(_TOKEN_CHARS // 2)
        temp = folder / f".{name[:_NAME_IN_TEMP]}.{token}{_TEMP_SUFFIX}"
        try:
            return os.open(temp, _FLAGS, 0o666), temp
        except FileExistsError:
            continue


def _take_status(fd: int, temp: Path, status: os.stat_result, *, times: bool) -> None:
    """Give the open temporary file the owner, permissions (and times) of ``status``."""
    if hasattr(os, "fchown") and (status.st_uid, status.st_gid) != _owner(fd):
        try:
            os.fchown(fd, status.st_uid, status.st_gid)
        except PermissionError:
            # Only root may give a file away; a group the user is in still works.
            with contextlib.suppress(PermissionError):
                os.fchown(fd, -1, status.st_gid)
    # After chown, which clears the set-id bits.
    if hasattr(os, "fchmod"):
        os.fchmod(fd, stat.S_IMODE(status.st_mode))
    else:  # Windows: only the read-only flag exists
        os.chmod(temp, stat.S_IMODE(status.st_mode))
    if times:
        stamp = (status.st_atime_ns, status.st_mtime_ns)
        if os.utime in os.supports_fd:
            os.utime(fd, ns=stamp)
        else:
            os.utime(temp, ns=stamp)


def _owner(fd: int) -> tuple[int, int]:
    status = os.fstat(fd)
    return status.st_uid, status.st_gid


def _fsync_folder(folder: Path) -> None:
    """Flush the folder entry of the replaced file (POSIX; Windows has no folder fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
