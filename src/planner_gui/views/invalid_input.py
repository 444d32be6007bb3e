"""How an editor shows that its value cannot be used (shared by every editor)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

INVALID_STYLE = "background-color: #f8d0d0; color: #5a0000; border: 2px solid #c0392b;"
"""How an editor with a value that cannot be used looks (the same in light and dark)."""


def mark_invalid(editor: QWidget, invalid: bool) -> None:
    """Colour an editor red while its value cannot be used (and back when it can)."""
    editor.setStyleSheet(INVALID_STYLE if invalid else "")
    editor.setProperty("invalid", invalid)
