"""Dragging a race along its lane: preview while dragging, one undo step on release."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from planner_gui.model import edits
from planner_gui.model.engine import Flag
from planner_gui.model.phases import Phase
from tests.views.timeline.conftest import days, drag

CITY = "ana-city-marathon"
CITY_DATE = dt.date(2027, 6, 27)


def _race_date(document, race_id):
    return edits.find_race(document.season, race_id).race.date


def _block_phases(plan, race_id):
    """Season week index -> phase for the weeks of the block and recovery of ``race_id``."""
    return {
        w.index: w.phase
        for w in plan.weeks
        if w.main_race is not None and w.main_race.id == race_id
    }


def test_dragging_a_race_three_weeks_later_moves_its_whole_block(qtbot, timeline, document):
    before = _block_phases(document.plans["ana"], CITY)
    assert before[25] is Phase.TAPER and before[10] is Phase.BASE
    start = timeline.race_rect(CITY).center()
    drag(qtbot, timeline, start, start + QPoint(days(21), 0))
    assert _race_date(document, CITY) == CITY_DATE + dt.timedelta(weeks=3)
    after = _block_phases(document.plans["ana"], CITY)
    assert after == {week + 3: phase for week, phase in before.items()}
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0).startswith("Move City Marathon")


def test_mid_drag_the_preview_shows_new_phases_and_the_document_is_untouched(
    qtbot, timeline, document
):
    season = document.season
    start = timeline.race_rect(CITY).center()
    drag(qtbot, timeline, start, start + QPoint(days(21), 0), release=False)
    assert document.season is season
    assert document.plans["ana"].weeks[24].phase is Phase.TAPER  # week 25: still the race week
    shown = timeline.shown_plan("ana")
    assert shown.weeks[27].phase is Phase.TAPER and _is_race_week(shown.weeks[27])
    assert shown.weeks[25].phase is Phase.TAPER  # week 26 is no longer recovery
    assert "18 Jul 2027" in timeline.drag_label()
    assert "+21 days" in timeline.drag_label()
    # The marker follows the mouse with the preview.
    assert timeline.race_rect(CITY).center().x() == start.x() + days(21)
    qtbot.mouseRelease(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(days(21), 0)
    )
    assert _race_date(document, CITY) == dt.date(2027, 7, 18)
    assert timeline.preview is None


def _is_race_week(week) -> bool:
    return Flag.RACE_WEEK in week.flags


def test_the_date_follows_the_mouse_one_day_at_a_time(qtbot, timeline, document):
    start = timeline.race_rect(CITY).center()
    drag(qtbot, timeline, start, start + QPoint(days(6), 0), steps=3, release=False)
    qtbot.mouseMove(timeline.viewport(), start + QPoint(days(2), 0))
    assert timeline.preview is not None
    moved = next(r for r in timeline.shown_season.athlete("ana").races if r.id == CITY)
    assert moved.date == CITY_DATE + dt.timedelta(days=2)
    qtbot.mouseMove(timeline.viewport(), start - QPoint(days(5), 0))
    moved = next(r for r in timeline.shown_season.athlete("ana").races if r.id == CITY)
    assert moved.date == CITY_DATE - dt.timedelta(days=5)
    qtbot.mouseRelease(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=start - QPoint(days(5), 0)
    )
    assert _race_date(document, CITY) == dt.date(2027, 6, 22)


def test_escape_cancels_the_drag_and_restores(qtbot, timeline, document):
    season = document.season
    start = timeline.race_rect(CITY).center()
    drag(qtbot, timeline, start, start + QPoint(days(30), 0), release=False)
    assert timeline.preview is not None
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    assert timeline.preview is None
    assert timeline.race_rect(CITY).center().x() == start.x()
    qtbot.mouseMove(timeline.viewport(), start + QPoint(days(40), 0))
    qtbot.mouseRelease(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(days(40), 0)
    )
    assert document.season is season
    assert document.undo_stack.count() == 0


def test_one_undo_reverts_a_whole_drag(qtbot, timeline, document):
    season = document.season
    start = timeline.race_rect(CITY).center()
    drag(qtbot, timeline, start, start + QPoint(days(24), 0), steps=12)
    assert _race_date(document, CITY) == CITY_DATE + dt.timedelta(days=24)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.season == season
    assert _race_date(document, CITY) == CITY_DATE
    assert timeline.race_rect(CITY).center().x() == start.x()


def test_a_drag_that_ends_where_it_started_changes_nothing(qtbot, timeline, document):
    season = document.season
    start = timeline.race_rect(CITY).center()
    viewport = timeline.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for dx in (days(3), days(9), days(4), 0):
        qtbot.mouseMove(viewport, start + QPoint(dx, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start)
    assert document.season is season
    assert document.undo_stack.count() == 0


def test_a_press_with_a_tiny_wobble_selects_without_moving(qtbot, timeline, document, selection):
    season = document.season
    start = timeline.race_rect("ana-autumn-marathon").center()
    viewport = timeline.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(2, 1))
    assert timeline.preview is None  # still inside the dead zone
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(2, 1))
    assert document.season is season
    assert selection.race_id == "ana-autumn-marathon"


def test_two_drags_of_one_race_are_two_undo_steps(qtbot, timeline, document):
    start = timeline.race_rect(CITY).center()
    drag(qtbot, timeline, start, start + QPoint(days(7), 0))
    middle = timeline.race_rect(CITY).center()
    drag(qtbot, timeline, middle, middle + QPoint(days(7), 0))
    assert _race_date(document, CITY) == CITY_DATE + dt.timedelta(weeks=2)
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert _race_date(document, CITY) == CITY_DATE + dt.timedelta(weeks=1)
