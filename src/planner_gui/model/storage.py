"""Reading and writing ``*.season.json`` files.

Loading never raises anything but ``SeasonFileError`` for a file that cannot be used,
and its message is one line naming the file and the field. Saving is atomic
(``atomic_write``: a temporary file in the same folder, flushed to disk and moved over
the target), after the version on disk was kept as ``NAME.bak`` the same way.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planner_gui.model import strict_json
from planner_gui.model.atomic_write import copy_atomically, remove_stale_temps, write_atomically
from planner_gui.model.bounded_read import UnreadableFile, read_bounded
from planner_gui.model.disk_version import DiskVersion, is_read_only
from planner_gui.model.season import Season

MAX_FILE_BYTES = 20 * 1024 * 1024
SUFFIX = ".season.json"


class SeasonFileError(Exception):
    """A season file that cannot be used; ``str()`` is one line naming file and field."""

    def __init__(self, path: Path | str, message: str, field: str | None = None) -> None:
        self.path = Path(path)
        self.field = field
        where = f"{self.path}: {field}: " if field else f"{self.path}: "
        super().__init__(" ".join((where + message).split()))


def field_path(loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic error location into ``athletes[0].races[2].date``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not text:
            text = str(part)
        else:
            text += f".{part}"
    return text


# pydantic's wording where it would puzzle someone who edits JSON by hand.
_FRIENDLIER = {
    "tuple_type": "Input should be a list",
    "extra_forbidden": "unknown field (a season file does not have it)",
}


def _first_error(path: Path, error: ValidationError) -> SeasonFileError:
    details = error.errors(include_url=False)
    first = details[0]
    # Union and model validators add their own step names: keep only the data path.
    loc = tuple(p for p in first["loc"] if isinstance(p, int) or not str(p).startswith("function"))
    message = _FRIENDLIER.get(first["type"], first["msg"]).removeprefix("Value error, ")
    if "input" in first and first["type"] in {"enum", "literal_error"}:
        message += f" (got {first['input']!r})"
    more = f" (and {len(details) - 1} more problems)" if len(details) > 1 else ""
    return SeasonFileError(path, message + more, field_path(loc) or None)


def season_from_json(data: Any, path: Path | str = "<data>") -> Season:
    """Validate already-parsed JSON data as a season."""
    try:
        return Season.model_validate(data)
    except ValidationError as error:
        raise _first_error(Path(path), error) from None
    except RecursionError:
        raise SeasonFileError(path, "the data is nested too deeply to be a season") from None


def load_season(path: Path | str) -> Season:
    """Read and validate a season file (a pipe, device or socket is refused without
    waiting on it, and at most ``MAX_FILE_BYTES`` are read: ``bounded_read``)."""
    path = Path(path)
    try:
        raw = read_bounded(path, MAX_FILE_BYTES, "a season file")
    except UnreadableFile as error:
        raise SeasonFileError(path, str(error)) from None
    if not raw.strip():
        raise SeasonFileError(path, "the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SeasonFileError(path, "not a text file (it is not UTF-8)") from None
    try:
        data = strict_json.loads(text)
    except strict_json.DuplicateKeyError as error:
        raise SeasonFileError(path, str(error), field_path(error.loc) or None) from None
    except json.JSONDecodeError as error:
        raise SeasonFileError(
            path, f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise SeasonFileError(path, "the JSON is nested too deeply to be a season") from None
    except ValueError:
        # Not a JSONDecodeError: Python refuses integers of more than 4300 digits.
        raise SeasonFileError(path, "not valid JSON: a number too long to read") from None
    if not isinstance(data, dict):
        raise SeasonFileError(path, f"expected a JSON object, found {type(data).__name__}")
    return season_from_json(data, path)


def season_to_json(season: Season) -> str:
    """The file text of a season (stable key order, UTF-8, trailing newline)."""
    return json.dumps(season.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept."""
    return path.with_name(path.name + ".bak")


def save_season(season: Season, path: Path | str, *, backup: bool = True) -> DiskVersion:
    """Write a season atomically, keeping the version on disk as ``NAME.bak``.

    Args:
        season: what to write.
        path: the file. A symlinked season file stays a link and the file it points
            to is written; the file keeps its permissions and owner (``atomic_write``).
        backup: False when the file on disk is one this session wrote itself: the
            ``.bak`` then keeps the coach's version from before the session's first
            save, instead of becoming a copy of the file (``SeasonDocument.save``).

    Returns:
        The version now on disk, for noticing changes made elsewhere later.

    Raises:
        PermissionError: the file is read-only (0444): it is left as it is, even
            where the folder would allow replacing it.
        OSError: the file could not be written; it and the old ``.bak`` are whole.
    """
    path = Path(path)
    target = Path(os.path.realpath(path))
    if is_read_only(target):
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    data = season_to_json(season).encode("utf-8")
    # Temps a killed save left behind, of the file and of its backup (not followed).
    remove_stale_temps(target)
    remove_stale_temps(backup_path(path))
    if backup:
        # A link planted at NAME.bak is replaced, never followed (it could point anywhere).
        copy_atomically(path, backup_path(path))
    written = write_atomically(path, data)
    return DiskVersion.written(written, data)
