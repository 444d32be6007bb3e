"""The window on hostile input: control characters pasted into names, a pipe opened.

Names refuse control characters (planning-rules.md §6); the editors say so in words
and keep the old name. File ▸ Open on a pipe explains itself instead of hanging.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from planner_gui.model.season import Season
from planner_gui.views import dialogs
from planner_gui.views.new_season_dialog import NewSeasonDialog
from planner_gui.views.races_model import Column
from tests.views.gui import double_click, editor_closed, open_editor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PASTED = "Ana\x1b]0;owned\x07 Lee"
SAID = "A name cannot contain control characters, line breaks or tabs (found U+001B)"


def paste(qtbot, editor: QLineEdit, text: str) -> None:
    """Replace the editor's text by pasting ``text`` with Ctrl+V, as a coach would."""
    QGuiApplication.clipboard().setText(text)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "\x1b" in editor.text()  # the line edit took the control character


def test_a_pasted_escape_in_the_roster_is_refused_in_words(qtbot, window):
    before = window.document.season
    double_click(qtbot, window.roster.list, window.roster.model.index(1, 0))
    editor = window.roster.list.findChild(QLineEdit)
    assert editor is not None
    paste(qtbot, editor, PASTED)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.roster.list))
    assert window.document.season is before
    assert window.statusBar().currentMessage() == f"{SAID}; the old name was kept."


def test_a_pasted_escape_in_a_race_name_keeps_the_editor_open_and_red(qtbot, window):
    before = window.document.season
    model = window.races.model
    index = model.index(model.row_of("ana-spring-half"), Column.NAME)
    editor = open_editor(qtbot, window.races.table, index, QLineEdit)
    paste(qtbot, editor, PASTED)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert not editor_closed(window.races.table)
    assert editor.property("invalid") is True
    assert window.statusBar().currentMessage() == (
        f"{SAID}. Retype the name, or press Escape to keep the old one."
    )
    assert window.document.season is before
    # Taking the character out makes the name good again.
    editor.setText("")
    qtbot.keyClicks(editor, "Ana Lee Half")
    assert editor.property("invalid") is False
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert window.document.season.athlete("ana").races[0].name != PASTED
    assert any(r.name == "Ana Lee Half" for r in window.document.season.athlete("ana").races)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX pipes")
def test_open_on_a_pipe_shows_the_error_instead_of_hanging(window, tmp_path, monkeypatch):
    fifo = tmp_path / "x.season.json"
    os.mkfifo(fifo)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(dialogs, "open_path", lambda *_: fifo)

    def release() -> None:  # a reader stuck on the pipe gets an empty write and goes on
        with contextlib.suppress(OSError):  # ENXIO: nobody was waiting, all is well
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    watchdog = threading.Timer(10, release)
    watchdog.start()
    before, path = window.document.season, window.document.path
    started = time.monotonic()
    try:
        window.action_open.trigger()
    finally:
        watchdog.cancel()
    assert time.monotonic() - started < 5
    assert window.document.season is before and window.document.path == path
    assert len(errors) == 1 and f"{fifo}: is a pipe, not a season file" in errors[0]


def test_a_pasted_escape_in_a_new_exercise_is_refused_in_red(qtbot, window):
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.exercises)
    editor = dialog.exercises.editor
    editor.new_name.setFocus()
    paste(qtbot, editor.new_name, "Squat\x1b[2J")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    assert editor.new_name.property("invalid") is True
    assert editor.problem.text() == f"{SAID}."
    assert window.document.undo_stack.count() == 0
    dialog.close()


def test_a_pasted_escape_in_a_new_seasons_name_marks_the_name(qtbot):
    dialog = NewSeasonDialog(Season(name="Season 2027", start=dt.date(2027, 1, 4)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    paste(qtbot, dialog.name, "Harbour\x1b[2J 2027")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.name.property("invalid") is True
    assert dialog.start.property("invalid") is not True
    assert dialog.problem.text() == f"{SAID}."
