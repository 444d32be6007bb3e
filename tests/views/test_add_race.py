"""Adding a race: on the week in view, with a sensible priority, name first, Tab on."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from planner_gui.model.season import Priority
from planner_gui.views.plan_model import PlanColumn
from planner_gui.views.races_model import Column
from tests.views.gui import click, editor_closed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _add_with_shortcut(qtbot, window):
    """Ctrl+Shift+R, and the new race and its open name editor."""
    athlete_id = window.selection.athlete_id
    before = {r.id for r in window.document.season.athlete(athlete_id).races}
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    races = window.document.season.athlete(athlete_id).races
    added = [r for r in races if r.id not in before]
    assert len(added) == 1
    editor = window.races.table.findChild(QLineEdit)
    assert editor is not None, "no name editor opened"
    qtbot.waitUntil(editor.hasFocus)
    return added[0], editor


def test_a_new_race_goes_on_the_sunday_of_the_week_chosen_in_the_plan(qtbot, window):
    plan = window.plan
    click(qtbot, plan.table, plan.model.index(29, PlanColumn.PHASE))  # season week 30
    race, _editor = _add_with_shortcut(qtbot, window)
    # Week 30 runs Mon 26 Jul – Sun 1 Aug 2027.
    assert race.date == dt.date(2027, 8, 1)
    # Ana has main races already: the new one is a training race that changes nothing.
    assert race.priority is Priority.C
    message = window.statusBar().currentMessage()
    assert message.startswith(
        "Added a training (C) race for Ana Martínez on Sun 1 Aug 2027, week 30 (chosen in "
        "the plan)."
    )


def test_without_a_plan_in_view_it_goes_on_the_week_in_the_timeline_middle(qtbot, window):
    # The coach dragged the plan away (collapsed in its splitter): the timeline decides.
    sizes = window.right_splitter.sizes()
    window.right_splitter.setSizes([sizes[0] + sizes[2], sizes[1], 0])
    qtbot.waitUntil(lambda: window.plan.table.visibleRegion().isEmpty())
    view = window.timeline.view
    view.zoom_by(4)
    view.center_on(dt.date(2027, 9, 15))  # a Wednesday in season week 37
    race, _editor = _add_with_shortcut(qtbot, window)
    assert race.date == dt.date(2027, 9, 19)
    assert "Sun 19 Sep 2027, week 37 (in the middle of the timeline)" in (
        window.statusBar().currentMessage()
    )


def test_an_athlete_without_a_main_race_gets_one(qtbot, window):
    roster = window.roster
    click(qtbot, roster.list, roster.list.model().index(5, 0))  # Kofi: C and B races only
    assert window.selection.athlete_id == "kofi"
    race, _editor = _add_with_shortcut(qtbot, window)
    assert race.priority is Priority.A
    assert "main (A) race for Kofi Mensah" in window.statusBar().currentMessage()


def test_tab_after_the_name_moves_on_to_the_priority(qtbot, window):
    race, editor = _add_with_shortcut(qtbot, window)
    table = window.races.table
    qtbot.keyClicks(editor, "Bay 10k")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    # The name is in, and the priority chooser is open (not the name editor again).
    combo = table.findChild(QComboBox)
    assert combo is not None, "Tab did not open the next column's editor"
    qtbot.waitUntil(combo.hasFocus)
    assert table.currentIndex().column() == Column.PRIORITY
    assert table.currentIndex().row() == window.races.model.row_of(race.id)
    new = window.document.season.athlete("ana").races
    assert [r.name for r in new if r.id == race.id] == ["Bay 10k"]
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor_closed(table))
