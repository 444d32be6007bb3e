"""A list of strings kept in QSettings, read back as a list whatever the backend made of it."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def stored_strings(key: str) -> list[str]:
    """The non-empty strings stored under ``key`` ([] when nothing is)."""
    # QSettings may hand back a str for a one-item list, or None: normalise.
    value = QSettings().value(key, [])
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []
