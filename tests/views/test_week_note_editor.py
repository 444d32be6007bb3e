"""Week notes typed beside the plan: committed on leaving or pausing, one undo step each."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from planner_gui.model import edits
from planner_gui.model.storage import load_season
from planner_gui.views.plan_model import NOTE_MARK, PlanColumn
from tests.views.gui import click

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints")

WEEK_10 = (dt.date(2027, 3, 8), dt.date(2027, 3, 14))
CTRL = Qt.KeyboardModifier.ControlModifier


def _click_week(qtbot, window, number: int) -> None:
    click(qtbot, window.plan.table, window.plan.model.index(number - 1, PlanColumn.DATES))


def _focus_note(qtbot, window) -> None:
    """Click into the note field, cursor at the end of its text."""
    field = window.plan.note.edit
    middle = field.viewport().rect().center()
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_End, CTRL)


def _type_note(qtbot, window, text: str) -> None:
    _focus_note(qtbot, window)
    qtbot.keyClicks(window.plan.note.edit, text)


def _stored(window, athlete_id: str = "ana", week=WEEK_10) -> str:
    return edits.week_note(window.document.season.athlete(athlete_id), week)


def _week_cell(window, number: int) -> str:
    return window.plan.model.index(number - 1, PlanColumn.WEEK).data()


def test_a_note_typed_for_a_week_is_stored_when_another_week_is_chosen(qtbot, window):
    _click_week(qtbot, window, 10)
    assert window.plan.note.label.text() == "Note for week 10"
    assert window.plan.note.edit.toPlainText() == ""
    _type_note(qtbot, window, "Hill sprints on Thursday")
    _click_week(qtbot, window, 11)

    assert _stored(window) == "Hill sprints on Thursday"
    assert window.document.plans["ana"].weeks[9].notes == ("Hill sprints on Thursday",)
    assert window.plan.note.edit.toPlainText() == ""  # week 11 has no note
    # The table marks the week, and pointing at the mark shows the note.
    assert _week_cell(window, 10) == f"10 {NOTE_MARK}"
    tip = window.plan.model.index(9, PlanColumn.WEEK).data(Qt.ItemDataRole.ToolTipRole)
    assert "Hill sprints on Thursday" in tip
    assert _week_cell(window, 11) == "11"
    assert window.document.undo_stack.undoText() == (
        "Edit the note of Ana Martínez for 8 – 14 Mar 2027"
    )

    _click_week(qtbot, window, 10)
    assert window.plan.note.edit.toPlainText() == "Hill sprints on Thursday"
    qtbot.keyClick(window.plan.table, Qt.Key.Key_Z, CTRL)  # Edit ▸ Undo
    assert _stored(window) == ""
    assert window.plan.note.edit.toPlainText() == ""
    assert _week_cell(window, 10) == "10"
    window.document.undo_stack.redo()
    assert window.plan.note.edit.toPlainText() == "Hill sprints on Thursday"
    assert _week_cell(window, 10) == f"10 {NOTE_MARK}"


def test_a_pause_commits_and_the_whole_edit_is_one_undo_step(qtbot, window):
    _click_week(qtbot, window, 10)
    steps = window.document.undo_stack.count()
    _type_note(qtbot, window, "Hill")
    qtbot.waitUntil(lambda: _stored(window) == "Hill", timeout=5000)  # the typing pause
    assert window.plan.note.edit.hasFocus()
    _type_note(qtbot, window, " sprints")
    qtbot.keyClick(window.plan.note.edit, Qt.Key.Key_Tab)  # leave the field
    assert _stored(window) == "Hill sprints"
    assert window.document.undo_stack.count() == steps + 1
    window.document.undo_stack.undo()
    assert _stored(window) == ""
    assert window.plan.note.edit.toPlainText() == ""


def test_choosing_another_athlete_commits_the_note_first(qtbot, window):
    _click_week(qtbot, window, 10)
    _type_note(qtbot, window, "Ask about the new shoes")
    roster = window.roster
    click(qtbot, roster.list, roster.model.index(roster.model.row_of("zoe"), 0))
    assert window.selection.athlete_id == "zoe"
    assert _stored(window, "ana") == "Ask about the new shoes"
    assert _stored(window, "zoe") == ""
    assert window.plan.note.edit.toPlainText() == ""
    assert window.plan.note.label.text() == "Note for week 10"


def test_an_existing_note_shows_and_clearing_it_removes_it(qtbot, window):
    week_20 = (dt.date(2027, 5, 17), dt.date(2027, 5, 23))
    text = "Tuesday: 3 × 1 mile at marathon pace, 3 min jog between."
    assert _week_cell(window, 20) == f"20 {NOTE_MARK}"
    _click_week(qtbot, window, 20)
    assert window.plan.note.edit.toPlainText() == text
    _focus_note(qtbot, window)
    qtbot.keyClick(window.plan.note.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(window.plan.note.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(window.plan.note.edit, Qt.Key.Key_Tab)
    assert _stored(window, "ana", week_20) == ""
    assert window.document.undo_stack.undoText() == (
        "Remove the note of Ana Martínez for 17 – 23 May 2027"
    )
    assert _week_cell(window, 20) == "20"


def test_saving_while_typing_saves_the_note(qtbot, window):
    _click_week(qtbot, window, 10)
    _type_note(qtbot, window, "Deload if the legs are heavy")
    assert window.plan.note.edit.hasFocus()
    qtbot.keyClick(window.plan.note.edit, Qt.Key.Key_S, CTRL)  # File ▸ Save
    saved = load_season(window.document.path)
    assert edits.week_note(saved.athlete("ana"), WEEK_10) == "Deload if the legs are heavy"
    assert not window.document.modified


def test_a_long_note_wraps_in_the_tooltip(qtbot, window):
    _click_week(qtbot, window, 10)
    words = "Easy hills on Thursday, then strides; skip the gym if the calves are sore"
    _type_note(qtbot, window, words)
    qtbot.keyClick(window.plan.note.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.plan.note.edit, "Bring the new shoes.")
    _click_week(qtbot, window, 11)
    tip = window.plan.model.index(9, PlanColumn.WEEK).data(Qt.ItemDataRole.ToolTipRole)
    lines = tip.splitlines()
    assert lines[0] == "Note:"
    assert max(len(line) for line in lines) <= 60  # a plain tooltip would not wrap
    assert " ".join(lines[1:-1]) == words
    assert lines[-1] == "Bring the new shoes."
