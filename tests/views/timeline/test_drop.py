"""Dropping races from the palette (new races) and from the races table (existing ones)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from planner_gui.model import edits
from planner_gui.model.phases import Phase
from planner_gui.model.season import Priority
from planner_gui.views.race_mime import (
    RACE_MIME,
    decode_race_mime,
    existing_race_mime,
    new_race_mime,
)
from planner_gui.views.timeline import RacePalette

COPY_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier


def _hover(timeline, mime, point: QPoint) -> QDragMoveEvent:
    """Enter and move over the viewport as a drag does; returns the move event."""
    viewport = timeline.viewport()
    enter = QDragEnterEvent(point, COPY_MOVE, mime, LEFT, NO_MODS)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, COPY_MOVE, mime, LEFT, NO_MODS)
    QApplication.sendEvent(viewport, move)
    return move


def _drop(timeline, mime, point: QPoint, mods=NO_MODS) -> QDropEvent:
    drop = QDropEvent(QPointF(point), COPY_MOVE, mime, LEFT, mods)
    QApplication.sendEvent(timeline.viewport(), drop)
    return drop


def _new_races(document, athlete_id):
    return [r for r in document.season.athlete(athlete_id).races if r.name.startswith("New ")]


def test_dropping_an_a_chip_creates_a_race_with_its_block_selected_and_renamable(
    qtbot, timeline, document, selection
):
    mime = new_race_mime(Priority.A)  # kept referenced until the events are handled
    point = timeline.point_for("kofi", dt.date(2027, 7, 4))
    move = _hover(timeline, mime, point)
    assert move.isAccepted()
    # The preview already plans the block; the document has not changed.
    assert timeline.shown_plan("kofi").weeks[25].phase is Phase.TAPER
    assert document.plans["kofi"].weeks[25].phase is Phase.FREE
    assert "4 Jul 2027" in timeline.drag_label()
    drop = _drop(timeline, mime, point)
    assert drop.isAccepted()
    (race,) = _new_races(document, "kofi")
    assert (race.name, race.date, race.priority) == ("New A race", dt.date(2027, 7, 4), Priority.A)
    assert document.plans["kofi"].weeks[25].phase is Phase.TAPER
    assert selection.race_id == race.id
    assert document.undo_stack.count() == 1
    editor = timeline.rename_editor()
    assert editor is not None and editor.isVisible()
    assert editor.selectedText() == "New A race"
    qtbot.keyClicks(editor, "Harbour Marathon")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert edits.find_race(document.season, race.id).race.name == "Harbour Marathon"
    assert document.undo_stack.count() == 2
    assert timeline.rename_editor() is None
    document.undo_stack.undo()
    assert edits.find_race(document.season, race.id).race.name == "New A race"


def test_escape_in_the_name_editor_keeps_the_default_name(qtbot, timeline, document):
    mime = new_race_mime(Priority.C)
    point = timeline.point_for("zoe", dt.date(2027, 8, 8))
    _hover(timeline, mime, point)
    _drop(timeline, mime, point)
    editor = timeline.rename_editor()
    assert editor is not None
    qtbot.keyClicks(editor, "Something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    (race,) = _new_races(document, "zoe")
    assert race.name == "New C race" and race.date == dt.date(2027, 8, 8)
    assert document.undo_stack.count() == 1
    assert timeline.rename_editor() is None


def test_dropping_a_race_from_the_races_table_moves_it(qtbot, timeline, document, selection):
    mime = existing_race_mime("zoe-cross", "Cross-country Relay")
    point = timeline.point_for("dmitry", dt.date(2027, 12, 5))
    _hover(timeline, mime, point)
    assert "zoe-cross" in [r.id for r in timeline.shown_season.athlete("dmitry").races]
    _drop(timeline, mime, point)
    loc = edits.find_race(document.season, "zoe-cross")
    assert (loc.athlete.id, loc.race.date) == ("dmitry", dt.date(2027, 12, 5))
    assert selection.race_id == "zoe-cross"
    assert document.undo_stack.count() == 1
    assert timeline.rename_editor() is None


def test_a_ctrl_drop_from_the_races_table_copies(qtbot, timeline, document):
    mime = existing_race_mime("zoe-cross")
    point = timeline.point_for("dmitry", dt.date(2027, 12, 5))
    _hover(timeline, mime, point)
    _drop(timeline, mime, point, Qt.KeyboardModifier.ControlModifier)
    assert edits.find_race(document.season, "zoe-cross").athlete.id == "zoe"
    assert [r.name for r in document.season.athlete("dmitry").races][-1] == "Cross-country Relay"


def test_drops_outside_the_lanes_and_foreign_payloads_are_refused(qtbot, timeline, document):
    season = document.season
    mime = new_race_mime(Priority.B)
    header = QPoint(600, 10)
    enter = QDragEnterEvent(header, COPY_MOVE, mime, LEFT, NO_MODS)
    QApplication.sendEvent(timeline.viewport(), enter)
    assert not _drop(timeline, mime, header).isAccepted()
    foreign = existing_race_mime("not-in-this-season")
    enter = QDragEnterEvent(
        timeline.point_for("ana", dt.date(2027, 5, 1)), COPY_MOVE, foreign, LEFT, NO_MODS
    )
    QApplication.sendEvent(timeline.viewport(), enter)
    assert not enter.isAccepted()
    assert document.season is season


def _send_move(timeline, mime, point: QPoint) -> QDragMoveEvent:
    move = QDragMoveEvent(point, COPY_MOVE, mime, LEFT, NO_MODS)
    QApplication.sendEvent(timeline.viewport(), move)
    return move


def _below_the_lanes(timeline) -> QPoint:
    bottom = timeline.lane_rect(timeline.lanes.athlete_ids[-1]).bottom()
    point = QPoint(600, bottom + 15)
    assert point.y() < timeline.viewport().height()  # the fixture leaves room below
    return point


def test_a_chip_dragged_down_over_the_header_onto_a_lane_adds_the_race(timeline, document):
    """The natural way: from the palette above, the pointer enters over the dates header.

    Qt sends a widget that refused the drag-enter no further moves or drop, so the
    enter must be accepted wherever it happens; each move then says yes or no.
    """
    mime = new_race_mime(Priority.A)  # kept referenced until the events are handled
    lane = timeline.point_for("kofi", dt.date(2027, 7, 4))
    header = QPoint(lane.x(), 10)
    enter = QDragEnterEvent(header, COPY_MOVE, mime, LEFT, NO_MODS)
    QApplication.sendEvent(timeline.viewport(), enter)
    assert enter.isAccepted()
    assert timeline.preview is None  # nothing to show over the header
    assert not _send_move(timeline, mime, QPoint(lane.x(), 30)).isAccepted()
    assert timeline.preview is None
    assert _send_move(timeline, mime, lane).isAccepted()
    assert timeline.preview is not None and "4 Jul 2027" in timeline.drag_label()
    assert _drop(timeline, mime, lane).isAccepted()
    (race,) = _new_races(document, "kofi")
    assert (race.date, race.priority) == (dt.date(2027, 7, 4), Priority.A)
    assert timeline.preview is None
    assert document.undo_stack.count() == 1


def test_a_table_race_dragged_up_from_below_the_lanes_moves(timeline, document, selection):
    mime = existing_race_mime("zoe-cross", "Cross-country Relay")
    below = _below_the_lanes(timeline)
    enter = QDragEnterEvent(below, COPY_MOVE, mime, LEFT, NO_MODS)
    QApplication.sendEvent(timeline.viewport(), enter)
    assert enter.isAccepted() and timeline.preview is None
    names = timeline.lane_rect("dmitry").center()
    names.setX(40)
    assert not _send_move(timeline, mime, names).isAccepted()
    lane = timeline.point_for("dmitry", dt.date(2027, 12, 5))
    assert _send_move(timeline, mime, lane).isAccepted()
    assert _drop(timeline, mime, lane).isAccepted()
    loc = edits.find_race(document.season, "zoe-cross")
    assert (loc.athlete.id, loc.race.date) == ("dmitry", dt.date(2027, 12, 5))
    assert selection.race_id == "zoe-cross"


def test_leaving_the_lanes_mid_drag_hides_the_preview_and_a_drop_there_adds_nothing(
    timeline, document
):
    season = document.season
    mime = new_race_mime(Priority.B)
    lane = timeline.point_for("ana", dt.date(2027, 9, 12))
    _hover(timeline, mime, lane)
    assert timeline.preview is not None
    below = _below_the_lanes(timeline)
    # Under X, Qt may keep delivering moves after one was ignored: each says no here.
    for point in (QPoint(lane.x(), 20), QPoint(60, lane.y()), below):
        assert not _send_move(timeline, mime, point).isAccepted()
        assert timeline.preview is None
    # Back onto a lane, the preview comes back.
    assert _send_move(timeline, mime, lane).isAccepted()
    assert timeline.preview is not None
    assert not _send_move(timeline, mime, below).isAccepted()
    assert not _drop(timeline, mime, below).isAccepted()
    assert timeline.preview is None
    assert document.season is season and document.undo_stack.count() == 0


def test_a_race_of_another_season_is_refused_everywhere(timeline, document):
    season = document.season
    foreign = existing_race_mime("not-in-this-season")  # e.g. from a second window
    lane = timeline.point_for("ana", dt.date(2027, 5, 9))
    enter = QDragEnterEvent(lane, COPY_MOVE, foreign, LEFT, NO_MODS)
    QApplication.sendEvent(timeline.viewport(), enter)
    assert not enter.isAccepted()
    assert not _send_move(timeline, foreign, lane).isAccepted()
    assert timeline.preview is None
    assert not _drop(timeline, foreign, lane).isAccepted()
    assert document.season is season


# The offscreen platform warns that it cannot pass a top-level layout's size hints on.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_dragging_a_palette_chip_starts_a_drag_with_the_race_mime(qtbot, monkeypatch):
    started = []

    def fake_exec(source, mime, pixmap):
        started.append(decode_race_mime(mime))
        return Qt.DropAction.CopyAction

    monkeypatch.setattr(RacePalette, "exec_drag", staticmethod(fake_exec))
    palette = RacePalette()
    qtbot.addWidget(palette)
    palette.show()
    chip = palette.chips[Priority.B]
    qtbot.mousePress(chip, LEFT, pos=QPoint(10, 10))
    qtbot.mouseMove(chip, QPoint(16, 12))
    qtbot.mouseMove(chip, QPoint(40, 14))
    qtbot.mouseRelease(chip, LEFT, pos=QPoint(40, 14))
    assert len(started) == 1
    assert started[0].priority is Priority.B and started[0].race_id is None  # a new race


def test_the_mime_payload_round_trips_and_rejects_junk():
    assert decode_race_mime(existing_race_mime("ana-parkrun")).race_id == "ana-parkrun"
    assert decode_race_mime(new_race_mime(Priority.C)).priority is Priority.C
    junk = new_race_mime(Priority.A)
    junk.setData(RACE_MIME, b'{"priority": "Z"}')
    assert decode_race_mime(junk) is None
    junk.setData(RACE_MIME, b"not json")
    assert decode_race_mime(junk) is None
