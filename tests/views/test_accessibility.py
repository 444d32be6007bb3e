"""Everything the keyboard can reach has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QScrollBar, QWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints")


def _spoken_name(widget: QWidget) -> str:
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text().replace("&", "")
    return name


def test_every_focusable_widget_of_the_window_has_a_spoken_name(window):
    unnamed = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QScrollBar) or not widget.isVisible():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = _spoken_name(widget)
        # A lone symbol (▲, ✕) is not a name: it is read out as "black up-pointing triangle".
        if not name or not any(ch.isalpha() for ch in name):
            unnamed.append((type(widget).__name__, widget.objectName(), name))
    assert unnamed == []
