"""The races table: editing in place with real editors, adding, deleting, refusing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from planner_gui.model import edits
from planner_gui.model.phases import Phase
from planner_gui.model.season import Priority
from planner_gui.views.date_field import DateField
from planner_gui.views.plan_model import PHASE_ROLE, PlanColumn
from planner_gui.views.races_model import Column
from tests.views.gui import click, editor_closed, open_editor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _race(window, race_id):
    return edits.find_race(window.document.season, race_id).race


def _phase_of_week(window, index):
    model = window.plan.model
    return Phase(model.index(index - 1, PlanColumn.PHASE).data(PHASE_ROLE))


def test_typing_a_new_date_moves_the_block_in_the_plan_table(qtbot, window):
    # Ana's City Marathon on 27 Jun 2027 is in season week 25: taper, race week.
    assert _phase_of_week(window, 25) is Phase.TAPER
    assert _phase_of_week(window, 27) is Phase.RECOVERY
    model = window.races.model
    index = model.index(model.row_of("ana-city-marathon"), Column.DATE)
    editor = open_editor(qtbot, window.races.table, index, DateField)
    assert editor.selectedText() == editor.text() == "Sun 27 Jun 2027"
    qtbot.keyClicks(editor, "2027-07-25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))

    assert _race(window, "ana-city-marathon").date == dt.date(2027, 7, 25)
    # Four weeks later: week 25 is now race-specific and week 29 the race week.
    assert _phase_of_week(window, 25) is Phase.RACE_SPECIFIC
    assert _phase_of_week(window, 29) is Phase.TAPER
    row = window.plan.model.index(28, PlanColumn.PHASE).data()
    assert " ".join(row.split()) == "Taper · race week"  # the plan may keep words together
    assert window.document.undo_stack.undoText() == "Change date of City Marathon"


def test_choosing_a_priority_from_the_list_changes_the_plan(qtbot, window):
    model = window.races.model
    index = model.index(model.row_of("ana-city-marathon"), Column.PRIORITY)
    combo = open_editor(qtbot, window.races.table, index, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # A → B
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert _race(window, "ana-city-marathon").priority is Priority.B
    assert _phase_of_week(window, 25) is not Phase.TAPER


def test_renaming_a_race_in_place(qtbot, window):
    model = window.races.model
    index = model.index(model.row_of("ana-spring-half"), Column.NAME)
    editor = open_editor(qtbot, window.races.table, index, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Harbour Half")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert _race(window, "ana-spring-half").name == "Harbour Half"


def test_an_empty_name_is_refused_visibly_and_the_text_stays(qtbot, window):
    before = window.document.season
    model = window.races.model
    index = model.index(model.row_of("ana-spring-half"), Column.NAME)
    editor = open_editor(qtbot, window.races.table, index, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert not editor_closed(window.races.table)  # still editing, not reverted
    assert editor.property("invalid") is True
    assert "needs a name" in window.statusBar().currentMessage()
    assert window.document.season is before
    # Escape gives up and keeps the old name.
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert _race(window, "ana-spring-half").name == "Spring Half"


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backtab])
def test_tabbing_away_from_an_empty_name_is_refused_too(qtbot, window, key):
    model = window.races.model
    index = model.index(model.row_of("ana-spring-half"), Column.NAME)
    editor = open_editor(qtbot, window.races.table, index, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, key)
    qtbot.wait(50)
    assert editor.hasFocus() and editor.property("invalid") is True
    assert "needs a name" in window.statusBar().currentMessage()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    assert _race(window, "ana-spring-half").name == "Spring Half"


def test_add_race_button_adds_and_opens_the_name(qtbot, window):
    before = len(window.document.season.athlete("ana").races)
    qtbot.mouseClick(window.races.add_button, Qt.MouseButton.LeftButton)
    races = window.document.season.athlete("ana").races
    assert len(races) == before + 1
    editor = window.races.table.findChild(QLineEdit)
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Bay 10k")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_closed(window.races.table))
    names = [r.name for r in window.document.season.athlete("ana").races]
    assert "Bay 10k" in names
    assert window.selection.race_id == races[-1].id


def test_delete_race_then_undo_brings_it_back(qtbot, window):
    model = window.races.model
    click(qtbot, window.races.table, model.index(model.row_of("ana-parkrun"), Column.NAME))
    assert window.selection.race_id == "ana-parkrun"
    original = window.document.season
    qtbot.mouseClick(window.races.delete_button, Qt.MouseButton.LeftButton)
    assert model.row_of("ana-parkrun") == -1
    with pytest.raises(KeyError):
        edits.find_race(window.document.season, "ana-parkrun")
    window.action_undo.trigger()
    assert window.document.season == original
    assert model.row_of("ana-parkrun") >= 0


def test_the_delete_key_deletes_the_selected_race(qtbot, window):
    model = window.races.model
    click(qtbot, window.races.table, model.index(model.row_of("ana-parkrun"), Column.WEEK))
    qtbot.keyClick(window.races.table, Qt.Key.Key_Delete)
    assert model.row_of("ana-parkrun") == -1


def test_all_athletes_toggle_lists_every_race(qtbot, window):
    total = sum(len(a.races) for a in window.document.season.athletes)
    assert window.races.model.rowCount() == len(window.document.season.athlete("ana").races)
    qtbot.mouseClick(window.races.show_all, Qt.MouseButton.LeftButton)
    assert window.races.model.rowCount() == total
    assert not window.races.table.isColumnHidden(Column.ATHLETE)
    # Choosing another athlete's race selects that athlete.
    model = window.races.model
    click(qtbot, window.races.table, model.index(model.row_of("bjorn-lakes-marathon"), 1))
    assert window.selection.athlete_id == "bjorn"
