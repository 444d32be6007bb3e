"""The selected race moves with the arrow keys and goes away with Delete, all undoable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from planner_gui.model import edits

CITY = "ana-city-marathon"
SHIFT = Qt.KeyboardModifier.ShiftModifier


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
    assert document.undo_stack.count() == 5
    for _ in range(5):
        document.undo_stack.undo()
    assert _date(document) == dt.date(2027, 6, 27)


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
