"""The selected race moves with the arrow keys and goes away with Delete, all undoable.

Nudges of one race in a row are one undo step, so Ctrl+Z after Shift+Right pressed
three times puts the race back where it was.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from planner_gui.model import edits
from tests.views.timeline.conftest import days, drag

CITY = "ana-city-marathon"
CITY_DATE = dt.date(2027, 6, 27)
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
RIGHT, LEFT = Qt.Key.Key_Right, Qt.Key.Key_Left


def _date(document):
    return edits.find_race(document.season, CITY).race.date


def test_arrow_keys_nudge_the_selected_race_by_a_day_or_a_week(
    timeline, document, selection, qtbot
):
    selection.select_race(CITY)
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert _date(document) == dt.date(2027, 6, 28)
    qtbot.keyClick(timeline, Qt.Key.Key_Right, SHIFT)
    assert _date(document) == dt.date(2027, 7, 5)
    qtbot.keyClick(timeline, Qt.Key.Key_Left, SHIFT)
    qtbot.keyClick(timeline, Qt.Key.Key_Left, SHIFT)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert _date(document) == dt.date(2027, 6, 20)
    # The marker is drawn where the document says.
    x = timeline.race_rect(CITY).center().x()
    assert abs(x - (timeline.x_for_date(dt.date(2027, 6, 20)) + timeline.day_width / 2)) <= 1
    # Five presses in a row on one race: one step to undo.
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert _date(document) == CITY_DATE


def _nudge(qtbot, timeline, key, times=1, modifier=Qt.KeyboardModifier.NoModifier):
    for _ in range(times):
        qtbot.keyClick(timeline, key, modifier)


def test_three_week_nudges_are_one_undo_step_with_a_readable_label(
    timeline, document, selection, qtbot
):
    selection.select_race(CITY)
    timeline.setFocus()
    _nudge(qtbot, timeline, RIGHT, 3, SHIFT)
    assert _date(document) == dt.date(2027, 7, 18)
    stack = document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Move City Marathon to 18 Jul 2027"
    stack.undo()
    assert _date(document) == CITY_DATE
    stack.redo()
    assert _date(document) == dt.date(2027, 7, 18)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_in_the_window_one_ctrl_z_undoes_three_nudges(window, qtbot):
    timeline = window.findChild(QWidget, "timeline")
    document = window.document
    qtbot.mouseClick(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=timeline.race_rect(CITY).center()
    )
    assert window.selection.race_id == CITY
    _nudge(qtbot, timeline, RIGHT, 3, SHIFT)
    assert _date(document) == dt.date(2027, 7, 18)
    qtbot.keyClick(timeline, Qt.Key.Key_Z, CTRL)
    assert _date(document) == CITY_DATE
    assert not document.modified


def test_a_nudge_of_another_race_or_after_another_edit_starts_a_new_step(
    timeline, document, selection, qtbot
):
    stack = document.undo_stack
    selection.select_race(CITY)
    _nudge(qtbot, timeline, RIGHT, 2)
    selection.select_race("kofi-10k")
    _nudge(qtbot, timeline, RIGHT)
    assert stack.count() == 2
    selection.select_race(CITY)
    _nudge(qtbot, timeline, RIGHT)  # the kofi step lies in between: a new step
    assert stack.count() == 3
    qtbot.keyClick(timeline, Qt.Key.Key_F2)
    editor = timeline.rename_editor()
    assert editor is not None
    qtbot.keyClicks(editor, "Harbour Marathon")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _nudge(qtbot, timeline, RIGHT)  # after the rename: a new step
    assert stack.count() == 5
    stack.undo()
    race = edits.find_race(document.season, CITY).race
    assert (race.name, race.date) == ("Harbour Marathon", CITY_DATE + dt.timedelta(days=3))


def test_a_nudge_after_an_undo_does_not_extend_the_older_step(timeline, document, selection, qtbot):
    stack = document.undo_stack
    selection.select_race(CITY)
    _nudge(qtbot, timeline, RIGHT, 2, SHIFT)
    selection.select_race("kofi-10k")
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    stack.undo()  # the delete is undone: the two-week step is on top again
    selection.select_race(CITY)
    _nudge(qtbot, timeline, RIGHT)
    assert _date(document) == CITY_DATE + dt.timedelta(days=15)
    assert stack.count() == 2
    stack.undo()  # takes back only the day nudged after the undo
    assert _date(document) == CITY_DATE + dt.timedelta(weeks=2)


def test_nudging_back_to_where_the_step_began_leaves_no_step(timeline, document, selection, qtbot):
    stack = document.undo_stack
    selection.select_race("kofi-10k")
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    selection.select_race(CITY)
    _nudge(qtbot, timeline, RIGHT, 2)
    _nudge(qtbot, timeline, LEFT, 2)
    assert _date(document) == CITY_DATE
    assert stack.count() == 1 and stack.undoText() == "Delete Seafront 10k"
    _nudge(qtbot, timeline, LEFT)  # a fresh step starts from here
    assert stack.count() == 2
    assert stack.undoText() == "Move City Marathon to 26 Jun 2027"
    stack.undo()
    assert _date(document) == CITY_DATE
    assert stack.undoText() == "Delete Seafront 10k"


def test_nudging_back_on_a_saved_season_leaves_it_unmodified(timeline, document, selection, qtbot):
    selection.select_race(CITY)
    _nudge(qtbot, timeline, LEFT, 1, SHIFT)
    assert document.modified
    _nudge(qtbot, timeline, RIGHT, 1, SHIFT)
    assert not document.modified and document.undo_stack.count() == 0


def test_drags_and_nudges_of_one_race_stay_separate_steps(timeline, document, selection, qtbot):
    start = timeline.race_rect(CITY).center()
    drag(qtbot, timeline, start, start + QPoint(days(7), 0))
    assert selection.race_id == CITY
    _nudge(qtbot, timeline, RIGHT, 2)
    moved = timeline.race_rect(CITY).center()
    drag(qtbot, timeline, moved, moved + QPoint(days(7), 0))
    assert _date(document) == CITY_DATE + dt.timedelta(days=16)
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert _date(document) == CITY_DATE + dt.timedelta(days=9)


def test_delete_removes_the_selected_race_and_undo_brings_it_back(
    timeline, document, selection, qtbot
):
    selection.select_race(CITY)
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert all(r.id != CITY for r in document.season.athlete("ana").races)
    assert selection.race_id == ""
    assert timeline.race_rect(CITY).isEmpty()
    document.undo_stack.undo()
    assert _date(document) == dt.date(2027, 6, 27)
    assert not timeline.race_rect(CITY).isEmpty()


def test_arrows_without_a_selected_race_change_nothing(timeline, document, selection, qtbot):
    selection.select_race("")
    season = document.season
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert document.season is season


def test_up_and_down_walk_the_lanes(timeline, selection, qtbot):
    selection.select_athlete("ana")
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert selection.athlete_id == "zoe"
    qtbot.keyClick(timeline, Qt.Key.Key_Up)
    assert selection.athlete_id == "bjorn"


def test_clicking_a_marker_selects_the_race_and_clicking_a_name_the_athlete(
    timeline, selection, qtbot
):
    center = timeline.race_rect("eleni-mountain-ultra").center()
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert selection.race_id == "eleni-mountain-ultra"
    assert selection.athlete_id == "eleni"
    name = timeline.lane_rect("dmitry").center()
    name.setX(20)
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=name)
    assert selection.athlete_id == "dmitry"
    assert selection.race_id == ""


def test_f2_renames_the_selected_race_in_place(timeline, document, selection, qtbot):
    selection.select_race("kofi-10k")
    qtbot.keyClick(timeline, Qt.Key.Key_F2)
    editor = timeline.rename_editor()
    assert editor is not None and editor.text() == "Seafront 10k"
    assert editor.geometry().intersects(timeline.lane_rect("kofi"))
    qtbot.keyClicks(editor, "Seafront 10 km")
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    assert edits.find_race(document.season, "kofi-10k").race.name == "Seafront 10 km"
    assert document.undo_stack.count() == 1


def test_double_clicking_a_marker_opens_the_name_editor(timeline, qtbot):
    center = timeline.race_rect("zoe-city-10k").center()
    qtbot.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=center)
    editor = timeline.rename_editor()
    assert editor is not None and editor.text() == "City 10k"


def test_enter_on_an_empty_name_is_refused_and_the_editor_stays(timeline, document, qtbot):
    timeline.selection.select_race("kofi-10k")
    qtbot.keyClick(timeline, Qt.Key.Key_F2)
    editor = timeline.rename_editor()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert timeline.rename_editor() is editor and editor.hasFocus()
    assert editor.property("invalid") is True
    qtbot.keyClicks(editor, "Seafront 10 km")
    assert editor.property("invalid") is False
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert edits.find_race(document.season, "kofi-10k").race.name == "Seafront 10 km"
