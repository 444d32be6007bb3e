"""Recovery files: the unsaved season of a running window, kept where a crash can't take it.

Each process that autosaves gets a session id (its pid and a random part, so a
reused pid never passes for an old process) and two files in the recovery folder:

- ``ID.lock``, locked by the process for as long as it runs (``fcntl.flock`` on
  POSIX, ``msvcrt.locking`` on Windows). The system drops the lock when the process
  ends, however it ends (SIGKILL, a power cut);
- ``ID.recovery.json``: what the season file it belongs to, when, by which process,
  and the season itself.

A recovery file whose lock can be taken belongs to a process that is no longer
running: the next start offers it. Taking that lock also *claims* the file, so two
windows started at the same moment never offer (or delete) the same file, and a
running window's file is never touched by another.

The folder is the user's state folder (``platformdirs``), or ``PLANNER_GUI_STATE_DIR``
when set (tests, portable installs). Plain Python: no Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from planner_gui.model.atomic_write import write_atomically
from planner_gui.model.date_text import format_date
from planner_gui.model.season import Season
from planner_gui.model.storage import MAX_FILE_BYTES, SeasonFileError, season_from_json

STATE_DIR_VARIABLE = "PLANNER_GUI_STATE_DIR"
"""Environment variable naming the state folder instead of the user's usual one."""
APP_FOLDER = "planner-gui"
FORMAT = "planner-gui recovery"
VERSION = 1
RECOVERY_SUFFIX = ".recovery.json"
LOCK_SUFFIX = ".lock"


def recovery_folder() -> Path:
    """Where recovery files live (the folder may not exist yet).

    Linux ``~/.local/state/planner-gui/recovery``, macOS ``~/Library/Application
    Support/planner-gui/recovery``, Windows ``%LOCALAPPDATA%\\planner-gui\\recovery``.
    """
    override = os.environ.get(STATE_DIR_VARIABLE)
    if override:
        return Path(override) / "recovery"
    import platformdirs  # ~25 ms to import: only once the window is up

    return platformdirs.user_state_path(APP_FOLDER, appauthor=False) / "recovery"


def new_session_id() -> str:
    """This process's id in the folder: pid plus a random part (pids are reused)."""
    return f"{os.getpid()}-{os.urandom(4).hex()}"  # not secrets: 5 ms to import


# -- locks -----------------------------------------------------------------------------


class FileLock:
    """An exclusive, non-blocking lock on one file, released when the process ends."""

    def __init__(self, path: Path, handle: IO[bytes]):
        self.path = path
        self._handle: IO[bytes] | None = handle

    @classmethod
    def take(cls, path: Path) -> FileLock | None:
        """Lock ``path`` (created if missing); None when another process holds it.

        Also None when the file cannot be opened or locked at all (a folder without
        permission, a network drive without locks): nobody's file is touched then.
        """
        try:
            handle = open(path, "a+b")  # noqa: SIM115 - kept open while locked
        except OSError:
            return None
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return None
        return cls(path, handle)

    def release(self, *, remove: bool = False) -> None:
        """Unlock (removing the lock file first when ``remove``)."""
        if self._handle is None:
            return
        # POSIX: remove before unlocking, so nobody locks a file about to vanish.
        # Windows refuses to remove an open file: there it goes after closing.
        early = remove and sys.platform != "win32"
        if early:
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        self._handle.close()
        self._handle = None
        if remove and not early:
            with contextlib.suppress(OSError):
                self.path.unlink()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# -- the files -------------------------------------------------------------------------


@dataclass(frozen=True)
class Recovery:
    """One recovery file as read back."""

    file: Path
    session: str
    original: Path | None
    saved_at: dt.datetime
    pid: int
    season: Season


def recovery_text(season: Season, original: Path | None, session: str, when: dt.datetime) -> str:
    """The content of a recovery file: a header, then the season as its file holds it."""
    header = json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "original": str(original) if original is not None else "untitled",
            "saved_at": when.isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "session": session,
        },
        ensure_ascii=False,
        indent=1,
    )
    # pydantic's own JSON writer: ~10× quicker than model_dump + json.dumps, which
    # matters on the window's thread with 500 athletes (the same values either way).
    return f'{header[:-2]},\n "season": {season.model_dump_json()}\n}}\n'


def read_recovery(file: Path) -> Recovery:
    """Read one recovery file; raises ``SeasonFileError`` when it is not one."""
    try:
        status = os.lstat(file)
        if not stat.S_ISREG(status.st_mode):
            raise SeasonFileError(file, "not a regular file")
        with open(file, "rb") as handle:
            raw = handle.read(2 * MAX_FILE_BYTES + 1)
        data: Any = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, RecursionError) as error:
        raise SeasonFileError(file, f"not a readable recovery file ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SeasonFileError(file, "not a recovery file", "format")
    try:
        original = data["original"]
        saved_at = dt.datetime.fromisoformat(data["saved_at"])
        pid = int(data["pid"])
        session = str(data["session"])
    except (KeyError, TypeError, ValueError):
        raise SeasonFileError(file, "the recovery file's header is incomplete") from None
    return Recovery(
        file=file,
        session=session,
        original=None if original in (None, "untitled") else Path(original),
        saved_at=saved_at,
        pid=pid,
        season=season_from_json(data.get("season"), file),
    )


class RecoveryStore:
    """This process's recovery file, and the files left by processes that are gone."""

    def __init__(self, folder: Path | None = None, session: str | None = None):
        self._folder = folder
        self.session = session or new_session_id()
        self._lock: FileLock | None = None

    @property
    def folder(self) -> Path:
        """The recovery folder (looked up on first use: platformdirs costs at import)."""
        if self._folder is None:
            self._folder = recovery_folder()
        return self._folder

    @property
    def file(self) -> Path:
        """This process's recovery file."""
        return self.folder / f"{self.session}{RECOVERY_SUFFIX}"

    def write(self, season: Season, original: Path | None, when: dt.datetime | None = None) -> Path:
        """Write (atomically) this process's recovery file; raises ``OSError``."""
        if self._lock is None:
            # Private like the home folder should be: seasons hold athletes' names.
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._lock = FileLock.take(self.folder / f"{self.session}{LOCK_SUFFIX}")
            if self._lock is None:  # only if two processes drew the same id
                raise OSError(f"the recovery lock of session {self.session} is taken")
        when = when or dt.datetime.now().astimezone()
        text = recovery_text(season, original, self.session, when)
        return write_atomically(self.file, text.encode("utf-8"), follow_symlinks=False)

    def remove(self) -> None:
        """Remove this process's recovery file (nothing to recover any more)."""
        if self._folder is not None or self._lock is not None:
            with contextlib.suppress(OSError):
                self.file.unlink(missing_ok=True)

    def close(self) -> None:
        """A normal end: remove the recovery file and the lock."""
        self.remove()
        if self._lock is not None:
            self._lock.release(remove=True)
            self._lock = None

    def claim_left_over(self) -> list[Claim]:
        """The recovery files of processes no longer running, claimed for this one.

        Files of running processes (their lock is held) are left alone; unreadable
        recovery files are skipped (kept); lock files with nothing to recover are
        tidied away. Release every claim (``Claim.release``) when done.
        """
        try:
            names = sorted(os.listdir(self.folder))
        except OSError:
            return []
        claims: list[Claim] = []
        for name in names:
            if not name.endswith(LOCK_SUFFIX):
                continue
            session = name[: -len(LOCK_SUFFIX)]
            if session == self.session:
                continue
            lock = FileLock.take(self.folder / name)
            if lock is None:
                continue  # its process is running
            file = self.folder / f"{session}{RECOVERY_SUFFIX}"
            if not file.exists():
                lock.release(remove=True)
                continue
            try:
                recovery = read_recovery(file)
            except SeasonFileError as error:
                print(f"planner-gui: skipping {error}", file=sys.stderr)
                lock.release()
                continue
            claims.append(Claim(recovery, lock))
        claims.sort(key=lambda claim: claim.recovery.saved_at, reverse=True)
        return claims


@dataclass
class Claim:
    """A left-over recovery file this process holds while the coach decides."""

    recovery: Recovery
    lock: FileLock

    def discard(self) -> None:
        """Delete the recovery file (recovered, or the coach discarded it)."""
        with contextlib.suppress(OSError):
            self.recovery.file.unlink(missing_ok=True)
        self.lock.release(remove=True)

    def keep(self) -> None:
        """Leave the file for the next start (Later)."""
        self.lock.release()


def saved_at_text(when: dt.datetime, now: dt.datetime) -> str:
    """When an autosave happened, in words: "today 14:32", "yesterday 09:10", "3 Mar 2027 09:10"."""
    local = when.astimezone(now.tzinfo) if when.tzinfo and now.tzinfo else when
    clock = f"{local.hour:02d}:{local.minute:02d}"
    days = (now.date() - local.date()).days
    if days == 0:
        return f"today {clock}"
    if days == 1:
        return f"yesterday {clock}"
    return f"{format_date(local.date())} {clock}"
