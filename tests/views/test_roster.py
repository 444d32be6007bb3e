"""The roster panel: add, rename, delete, reorder athletes, and notes as one step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from planner_gui.views import dialogs
from tests.views.gui import click, double_click, editor_closed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _names(window):
    return [a.name for a in window.document.season.athletes]


def test_add_athlete_then_type_the_name(qtbot, window):
    count = len(window.document.season.athletes)
    qtbot.mouseClick(window.roster.add_button, Qt.MouseButton.LeftButton)
    editor = window.roster.list.findChild(QLineEdit)
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    qtbot.keyClicks(editor, "Mia Kaur")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.roster.list))
    assert len(window.document.season.athletes) == count + 1
    # Added right after the selected athlete (Ana, first), and selected.
    assert _names(window)[1] == "Mia Kaur"
    assert window.selection.athlete_id == window.document.season.athletes[1].id
    assert window.races.title.text().endswith("Mia Kaur")
    # Adding and renaming are two undo steps.
    assert window.document.undo_stack.undoText() == "Rename New athlete 1 to Mia Kaur"


def test_rename_in_place_refuses_an_empty_name(qtbot, window):
    before = window.document.season
    index = window.roster.model.index(1, 0)
    double_click(qtbot, window.roster.list, index)
    editor = window.roster.list.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.roster.list))
    assert window.document.season is before
    assert "needs a name" in window.statusBar().currentMessage()


def test_delete_asks_and_cancel_keeps_the_athlete(qtbot, window, monkeypatch):
    questions = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a: questions.append(a[2]) or False)
    click(qtbot, window.roster.list, window.roster.model.index(1, 0))
    qtbot.mouseClick(window.roster.delete_button, Qt.MouseButton.LeftButton)
    assert questions and "Björn Ødegård" in questions[0] and "3 races" in questions[0]
    assert "Björn Ødegård" in _names(window)


def test_delete_confirmed_removes_athlete_and_undo_restores(qtbot, window, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    original = window.document.season
    click(qtbot, window.roster.list, window.roster.model.index(1, 0))
    qtbot.keyClick(window.roster.list, Qt.Key.Key_Delete)
    assert "Björn Ødegård" not in _names(window)
    assert window.roster.model.rowCount() == len(original.athletes) - 1
    # The next athlete is selected and their plan shown.
    assert window.selection.athlete_id == original.athletes[2].id
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.season == original
    QTest.keySequence(window, window.action_redo.shortcut())  # the platform's Redo keys
    assert "Björn Ødegård" not in _names(window)


def test_move_buttons_reorder_the_roster(qtbot, window):
    click(qtbot, window.roster.list, window.roster.model.index(2, 0))
    third = _names(window)[2]
    qtbot.mouseClick(window.roster.up_button, Qt.MouseButton.LeftButton)
    assert _names(window)[1] == third
    assert window.roster.list.currentIndex().row() == 1
    qtbot.mouseClick(window.roster.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.roster.down_button, Qt.MouseButton.LeftButton)
    assert _names(window)[3] == third
    assert window.document.undo_stack.undoText() == f"Move {third} down"


def test_notes_commit_as_one_step_when_the_editor_loses_focus(qtbot, window):
    stack = window.document.undo_stack
    steps = stack.count()
    notes = window.roster.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " Sore calf in March.")
    assert stack.count() == steps  # nothing per keystroke
    window.races.table.setFocus()
    qtbot.waitUntil(lambda: stack.count() == steps + 1)
    assert window.document.season.athlete("ana").notes.endswith("Sore calf in March.")
    assert stack.undoText() == "Edit notes of Ana Martínez"
    window.action_undo.trigger()
    assert notes.toPlainText() == window.document.season.athlete("ana").notes
    assert "Sore calf" not in notes.toPlainText()


def test_notes_commit_after_a_typing_pause(qtbot, window):
    notes = window.roster.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClicks(notes, "Wants a spring 10k. ")
    qtbot.waitUntil(lambda: "spring 10k" in window.document.season.athlete("ana").notes,
                    timeout=5000)
    assert notes.hasFocus()
    assert notes.toPlainText().startswith("Wants a spring 10k. ")  # the space survives
