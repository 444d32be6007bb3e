"""Typing a race's date in the races table: whole dates only, never corrected."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from planner_gui.model import edits
from planner_gui.model.date_text import format_date
from planner_gui.views.date_field import DateField
from planner_gui.views.races_model import Column
from tests.views.gui import click, editor_closed, f2_editor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MARATHON = "ana-city-marathon"  # Sun 27 Jun 2027, season week 25


def _date(window, race_id=MARATHON):
    return edits.find_race(window.document.season, race_id).race.date


def _f2_on_date(qtbot, window, race_id=MARATHON) -> DateField:
    """Put the cursor on a race's date cell and press F2, as a coach would."""
    model = window.races.model
    index = model.index(model.row_of(race_id), Column.DATE)
    return f2_editor(qtbot, window.races.table, index, DateField)


@pytest.mark.parametrize("typed", ["2027-07-25", "25 Jul 2027", "20270725", "25.07.2027"])
def test_a_typed_date_in_any_plain_form_moves_the_race(qtbot, window, typed):
    editor = _f2_on_date(qtbot, window)
    qtbot.keyClicks(editor, typed)  # the old date is selected: typing replaces it
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert _date(window) == dt.date(2027, 7, 25)
    assert window.document.undo_stack.count() == 1


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab], ids=["Enter", "Tab"])
def test_an_impossible_date_is_refused_in_red_and_the_old_date_kept(qtbot, window, key):
    before = window.document.season
    editor = _f2_on_date(qtbot, window)
    qtbot.keyClicks(editor, "20270230")
    qtbot.keyClick(editor, key)
    qtbot.wait(50)
    # Not 2 or 3 March, not 28 February: refused, with the coach's text left to fix.
    assert not editor_closed(window.races.table)
    assert editor.hasFocus() and editor.property("invalid") is True
    assert editor.text() == "20270230"
    message = window.statusBar().currentMessage()
    assert "February 2027 has no day 30" in message
    assert "Escape to keep Sun 27 Jun 2027" in message
    assert window.document.season is before
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert _date(window) == dt.date(2027, 6, 27)
    assert window.document.season is before


def test_fixing_a_refused_date_clears_the_red_and_applies_it(qtbot, window):
    editor = _f2_on_date(qtbot, window)
    qtbot.keyClicks(editor, "27 Jun")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.property("invalid") is True
    assert "27 Jun" in window.statusBar().currentMessage()
    qtbot.keyClicks(editor, " 2028")
    assert editor.property("invalid") is False  # red goes as soon as it reads as a date
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert _date(window) == dt.date(2028, 6, 27)


def test_clicking_another_race_drops_an_impossible_date_and_says_so(qtbot, window):
    before = window.document.season
    editor = _f2_on_date(qtbot, window)
    qtbot.keyClicks(editor, "31.04.2027")
    model = window.races.model
    # The table itself closes the editor when the cursor moves to another row.
    click(qtbot, window.races.table, model.index(model.row_of("ana-parkrun"), Column.NAME))
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    message = window.statusBar().currentMessage()
    assert "April 2027 has no day 31" in message
    assert "The date stays Sun 27 Jun 2027" in message
    assert window.document.season is before


def test_the_calendar_opens_from_the_keyboard_and_picks_a_day(qtbot, window):
    editor = _f2_on_date(qtbot, window)
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.findChild(QCalendarWidget)
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate().toPython() == dt.date(2027, 6, 27)
    # Opening the calendar moves the focus into it; that must not end the edit.
    assert not editor_closed(window.races.table)
    grid = QApplication.focusWidget()
    assert grid is not None and calendar.isAncestorOf(grid)
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # a week later
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert _date(window) == dt.date(2027, 7, 4)


def test_outside_the_season_the_week_column_says_so_in_full(qtbot, window):
    editor = _f2_on_date(qtbot, window)
    qtbot.keyClicks(editor, "2028-03-05")  # the season ends on 2 Jan 2028
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    table, model = window.races.table, window.races.model
    index = model.index(model.row_of(MARATHON), Column.WEEK)
    assert index.data() == "after the season"
    assert "shapes the plan" in index.data(Qt.ItemDataRole.ToolTipRole)
    window.document.update_race(MARATHON, date=dt.date(2026, 11, 1))
    index = model.index(model.row_of(MARATHON), Column.WEEK)
    assert index.data() == "before the season"
    # Both fit the column at its default width (the cell's text margins included).
    metrics = table.fontMetrics()
    for text in ("after the season", "before the season"):
        assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(Column.WEEK)
    days = (dt.date(2027, 1, 1) + dt.timedelta(days=n) for n in range(365))
    widest = max(metrics.horizontalAdvance(f"{d:%a} {format_date(d)}") for d in days)
    assert widest + 8 <= table.columnWidth(Column.DATE)
