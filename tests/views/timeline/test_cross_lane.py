"""Dragging a race onto another athlete's lane moves it there; Ctrl copies it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from planner_gui.model import edits
from planner_gui.model.phases import Phase
from tests.views.timeline.conftest import days, drag

CITY = "ana-city-marathon"


def _ids(document, athlete_id):
    return [r.id for r in document.season.athlete(athlete_id).races]


def test_dragging_onto_another_lane_moves_the_race_to_that_athlete(
    qtbot, timeline, document, selection
):
    start = timeline.race_rect(CITY).center()
    target_y = timeline.lane_rect("kofi").center().y()
    end = QPoint(start.x() + days(7), target_y)
    drag(qtbot, timeline, start, end, steps=8)
    assert CITY not in _ids(document, "ana")
    assert CITY in _ids(document, "kofi")  # the id from the file is kept
    assert edits.find_race(document.season, CITY).race.date == dt.date(2027, 7, 4)
    # Kofi now has a main race, so a block; Ana's June block is gone.
    assert document.plans["kofi"].weeks[25].phase is Phase.TAPER
    assert all(w.main_race is None or w.main_race.id != CITY for w in document.plans["ana"].weeks)
    assert document.undo_stack.count() == 1
    assert selection.race_id == CITY and selection.athlete_id == "kofi"
    document.undo_stack.undo()
    assert CITY in _ids(document, "ana") and CITY not in _ids(document, "kofi")


def test_the_preview_shows_both_lanes_while_dragging_across(qtbot, timeline, document):
    start = timeline.race_rect(CITY).center()
    end = QPoint(start.x(), timeline.lane_rect("kofi").center().y())
    drag(qtbot, timeline, start, end, release=False)
    assert CITY in _ids(document, "ana")
    assert timeline.shown_plan("kofi").weeks[24].phase is Phase.TAPER
    assert timeline.shown_plan("ana").weeks[24].phase is not Phase.TAPER
    assert "Kofi Mensah" in timeline.drag_label()
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    qtbot.mouseRelease(timeline.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert document.undo_stack.count() == 0


def test_ctrl_drag_copies_the_race_to_the_other_lane(qtbot, timeline, document, selection):
    start = timeline.race_rect(CITY).center()
    end = QPoint(start.x(), timeline.lane_rect("kofi").center().y())
    control = Qt.KeyboardModifier.ControlModifier
    drag(qtbot, timeline, start, end, modifier=control)
    assert CITY in _ids(document, "ana")
    kofi = document.season.athlete("kofi").races
    copies = [r for r in kofi if r.name == "City Marathon"]
    assert len(copies) == 1 and copies[0].id != CITY
    assert copies[0].date == dt.date(2027, 6, 27) and copies[0].priority.value == "A"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0).startswith("Copy City Marathon")
    assert selection.race_id == copies[0].id
    document.undo_stack.undo()
    assert all(r.name != "City Marathon" for r in document.season.athlete("kofi").races)


def test_pressing_ctrl_mid_drag_turns_the_move_into_a_copy(qtbot, timeline, document):
    start = timeline.race_rect(CITY).center()
    end = QPoint(start.x() + days(14), start.y())
    drag(qtbot, timeline, start, end, release=False)
    qtbot.keyPress(timeline, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    assert timeline.drag_label().startswith("Copy")
    qtbot.mouseRelease(
        timeline.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, end
    )
    dates = sorted(
        r.date for r in document.season.athlete("ana").races if r.name == "City Marathon"
    )
    assert dates == [dt.date(2027, 6, 27), dt.date(2027, 7, 11)]
