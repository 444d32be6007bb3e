"""A lane whose athlete has every race a season allows refuses drops and drags that
would add one: no preview, the reason in words, and the season as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model import edits
from planner_gui.model.season import MAX_RACES, Priority
from planner_gui.views.race_mime import existing_race_mime, new_race_mime
from tests.views.test_limits import full_kofi
from tests.views.timeline.conftest import days, drag

COPY_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier
CITY = "ana-city-marathon"


@pytest.fixture
def document() -> SeasonDocument:
    return SeasonDocument(full_kofi())


@pytest.fixture
def said(timeline) -> list[str]:
    messages: list[str] = []
    timeline.message.connect(messages.append)
    return messages


def _drag_and_drop(timeline, mime, point: QPoint, mods=NO_MODS) -> tuple[bool, bool]:
    """Enter, move over ``point`` (on a full lane: no preview) and drop there; whether
    the move and the drop were taken."""
    viewport = timeline.viewport()
    enter = QDragEnterEvent(point, COPY_MOVE, mime, LEFT, mods)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, COPY_MOVE, mime, LEFT, mods)
    QApplication.sendEvent(viewport, move)
    preview = timeline.preview
    drop = QDropEvent(QPointF(point), COPY_MOVE, mime, LEFT, mods)
    QApplication.sendEvent(viewport, drop)
    assert preview is None, "a full lane shows no preview"
    return move.isAccepted(), drop.isAccepted()


def _full_message(said: list[str]) -> bool:
    return bool(said) and f"Kofi Mensah already has {MAX_RACES} races" in said[-1]


def test_a_palette_chip_is_refused_on_a_full_lane(timeline, document, said):
    before = document.season
    mime = new_race_mime(Priority.B)  # kept referenced until the events are handled
    point = timeline.point_for("kofi", dt.date(2027, 7, 4))
    assert _drag_and_drop(timeline, mime, point) == (False, False)
    assert _full_message(said)
    assert document.season is before and document.undo_stack.count() == 0
    # On another lane the same chip makes a race.
    point = timeline.point_for("ana", dt.date(2027, 7, 4))
    enter = QDragEnterEvent(point, COPY_MOVE, mime, LEFT, NO_MODS)
    QApplication.sendEvent(timeline.viewport(), enter)
    drop = QDropEvent(QPointF(point), COPY_MOVE, mime, LEFT, NO_MODS)
    QApplication.sendEvent(timeline.viewport(), drop)
    assert drop.isAccepted() and document.undo_stack.count() == 1


def test_a_race_from_the_races_table_cannot_move_or_copy_onto_a_full_lane(
    timeline, document, said
):
    before = document.season
    race = edits.find_race(document.season, CITY).race
    mime = existing_race_mime(race.id, race.name)
    point = timeline.point_for("kofi", dt.date(2027, 7, 4))
    assert _drag_and_drop(timeline, mime, point) == (False, False)
    control = Qt.KeyboardModifier.ControlModifier
    assert _drag_and_drop(timeline, mime, point, control) == (False, False)
    assert _full_message(said)
    assert document.season is before and document.undo_stack.count() == 0


def test_dragging_a_race_onto_a_full_lane_moves_or_copies_nothing(
    qtbot, timeline, document, said
):
    before = document.season
    start = timeline.race_rect(CITY).center()
    end = QPoint(start.x() + days(7), timeline.lane_rect("kofi").center().y())
    drag(qtbot, timeline, start, end, release=False)
    assert "No room" in timeline.drag_label()
    qtbot.mouseRelease(timeline.viewport(), LEFT, NO_MODS, end)
    drag(qtbot, timeline, start, end, modifier=Qt.KeyboardModifier.ControlModifier)
    assert _full_message(said)
    assert document.season is before and document.undo_stack.count() == 0
    # Along its own lane the race still moves.
    drag(qtbot, timeline, start, QPoint(start.x() + days(7), start.y()))
    assert edits.find_race(document.season, CITY).race.date == dt.date(2027, 7, 4)
