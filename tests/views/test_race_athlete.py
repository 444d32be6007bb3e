"""Giving a race to another athlete from the races table, by keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from planner_gui.model import edits
from planner_gui.views.races_model import Column
from tests.views.gui import editor_closed, f2_editor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MARATHON = "ana-city-marathon"  # Ana's, Sun 27 Jun 2027


def _open_athlete_chooser(qtbot, window, race_id=MARATHON) -> QComboBox:
    qtbot.mouseClick(window.races.show_all, Qt.MouseButton.LeftButton)
    model = window.races.model
    index = model.index(model.row_of(race_id), Column.ATHLETE)
    return f2_editor(qtbot, window.races.table, index, QComboBox)


def test_the_chooser_lists_the_roster_on_the_race_s_athlete(qtbot, window):
    combo = _open_athlete_chooser(qtbot, window)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == [a.name for a in window.document.season.athletes]
    assert combo.currentText() == "Ana Martínez"
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))


def test_choosing_another_athlete_moves_the_race_as_one_undo_step(qtbot, window):
    original = window.document.season
    combo = _open_athlete_chooser(qtbot, window)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Ana → Björn
    assert not editor_closed(window.races.table)  # browsing, not moving yet
    assert window.document.season is original
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))

    loc = edits.find_race(window.document.season, MARATHON)
    assert loc.athlete.id == "bjorn"
    assert loc.race.date == dt.date(2027, 6, 27)
    assert MARATHON not in {r.id for r in window.document.season.athlete("ana").races}
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Move City Marathon to Björn Ødegård, 27 Jun 2027"
    # The selection follows the race to its new athlete, in the table too.
    assert window.selection.race_id == MARATHON
    assert window.selection.athlete_id == "bjorn"
    model, table = window.races.model, window.races.table
    assert table.currentIndex().row() == model.row_of(MARATHON)
    assert model.index(model.row_of(MARATHON), Column.ATHLETE).data() == "Björn Ødegård"

    window.action_undo.trigger()
    assert window.document.season == original


def test_choosing_the_same_athlete_changes_nothing(qtbot, window):
    combo = _open_athlete_chooser(qtbot, window)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert window.document.undo_stack.count() == 0


def test_arrowing_past_athletes_moves_the_race_once_to_the_last_one(qtbot, window):
    combo = _open_athlete_chooser(qtbot, window)
    for _ in range(3):  # Björn, Zoë, Eleni
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.races.table.currentIndex().column() != Column.ATHLETE)
    assert edits.find_race(window.document.season, MARATHON).athlete.id == "eleni"
    assert window.document.undo_stack.count() == 1


def test_choosing_from_the_open_list_moves_it_at_once(qtbot, window):
    combo = _open_athlete_chooser(qtbot, window)
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(combo.view().isVisible)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert edits.find_race(window.document.season, MARATHON).athlete.id == "zoe"
    assert window.document.undo_stack.count() == 1
