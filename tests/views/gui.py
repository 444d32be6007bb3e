"""Small helpers that click and type on item views like a coach does."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


def click(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    """Click the middle of a cell."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def double_click(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    """Double-click the middle of a cell (opens its editor)."""
    click(qtbot, view, index)
    rect = view.visualRect(index)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_editor(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex, kind: type[W]) -> W:
    """Double-click a cell and return its editor once it has keyboard focus."""
    double_click(qtbot, view, index)
    editor = view.findChild(kind)
    assert editor is not None, f"no {kind.__name__} editor opened"
    qtbot.waitUntil(editor.hasFocus)
    return editor


def f2_editor(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex, kind: type[W]) -> W:
    """Put the cursor on a cell, press F2 as a coach would, and return the editor."""
    click(qtbot, view, index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(kind)
    assert editor is not None, f"F2 opened no {kind.__name__} editor"
    qtbot.waitUntil(editor.hasFocus)
    return editor


def editor_closed(view: QAbstractItemView) -> bool:
    """Whether no cell editor is open."""
    return view.state() != QAbstractItemView.State.EditingState
