"""The recently opened season files, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from planner_gui.views.stored_strings import stored_strings

KEY = "files/recent"
LIMIT = 8


def recent_files() -> list[Path]:
    """Recent files, newest first; files that no longer exist are dropped for good."""
    settings = QSettings()
    stored = stored_strings(KEY)
    existing = [p for p in stored if Path(p).is_file()]
    if existing != stored:
        settings.setValue(KEY, existing)
    return [Path(p) for p in existing]


def add_recent_file(path: Path) -> None:
    """Put ``path`` at the top of the recent files."""
    settings = QSettings()
    text = str(Path(path).resolve())
    paths = [p for p in stored_strings(KEY) if p != text]
    settings.setValue(KEY, [text, *paths][:LIMIT])


def clear_recent_files() -> None:
    """Forget every recent file."""
    QSettings().setValue(KEY, [])
