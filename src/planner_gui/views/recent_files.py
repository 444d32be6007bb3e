"""The recently opened season files, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "files/recent"
LIMIT = 8


def _read(settings: QSettings) -> list[str]:
    # QSettings may hand back a str for a one-item list, or None: normalise.
    value = settings.value(KEY, [])
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []


def recent_files() -> list[Path]:
    """Recent files, newest first; files that no longer exist are dropped for good."""
    settings = QSettings()
    stored = _read(settings)
    existing = [p for p in stored if Path(p).is_file()]
    if existing != stored:
        settings.setValue(KEY, existing)
    return [Path(p) for p in existing]


def add_recent_file(path: Path) -> None:
    """Put ``path`` at the top of the recent files."""
    settings = QSettings()
    text = str(Path(path).resolve())
    paths = [p for p in _read(settings) if p != text]
    settings.setValue(KEY, [text, *paths][:LIMIT])


def clear_recent_files() -> None:
    """Forget every recent file."""
    QSettings().setValue(KEY, [])
