"""Races dragged from the races table onto the timeline: moved, or copied with Ctrl."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from planner_gui.model import edits
from planner_gui.model.phases import Phase
from planner_gui.views.race_mime import RACE_MIME, decode_race_mime
from planner_gui.views.races_model import Column, RacesModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints")

COPY_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _table_mime(window, race_id: str):
    """The mime data the races table hands to ``QDrag`` for a race's row."""
    model = window.races.model
    row = model.row_of(race_id)
    assert row >= 0, f"{race_id} is not listed"
    index = model.index(row, Column.NAME)
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([index])
    assert mime is not None and mime.hasFormat(RACE_MIME)
    return mime


def _drop_on_lane(window, mime, athlete_id: str, day: dt.date, mods=NO_MODS) -> QDropEvent:
    """Enter, move over and drop on an athlete's lane at ``day``, as a drag does."""
    timeline = window.timeline.view
    timeline.ensure_lane_visible(timeline.lanes.index_of(athlete_id))
    point = QPointF(timeline.point_for(athlete_id, day))
    viewport = timeline.viewport()
    assert viewport.rect().contains(point.toPoint())
    enter = QDragEnterEvent(point.toPoint(), COPY_MOVE, mime, LEFT, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    for dx in (-12.0, -6.0, 0.0):  # a hand arrives in a few moves
        move = QDragMoveEvent((point + QPointF(dx, 0)).toPoint(), COPY_MOVE, mime, LEFT, mods)
        QApplication.sendEvent(viewport, move)
        assert move.isAccepted()
    drop = QDropEvent(point, COPY_MOVE, mime, LEFT, mods)
    QApplication.sendEvent(viewport, drop)
    return drop


def test_the_races_table_is_a_drag_source(window):
    table = window.races.table
    assert table.dragEnabled()
    assert table.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
    model = window.races.model
    assert model.mimeTypes() == [RACE_MIME]
    assert model.supportedDragActions() == COPY_MOVE
    mime = _table_mime(window, "ana-city-marathon")
    assert decode_race_mime(mime).race_id == "ana-city-marathon"
    assert mime.text() == "City Marathon"  # readable when dropped into a text field
    assert model.mimeData([]) is None


def test_pressing_and_dragging_a_row_starts_a_drag_of_that_race(qtbot, window, monkeypatch):
    # QDrag.exec returns at once offscreen, so this checks the drag's start: the
    # payload the table built for the row under the mouse.
    dragged = []
    build = RacesModel.mimeData

    def spy(model, indexes):
        mime = build(model, indexes)
        dragged.append(decode_race_mime(mime).race_id)
        return mime

    monkeypatch.setattr(RacesModel, "mimeData", spy)
    table = window.races.table
    start = table.visualRect(window.races.model.index(1, Column.NAME)).center()
    viewport = table.viewport()
    qtbot.mousePress(viewport, LEFT, NO_MODS, start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + QPoint(3 * step, -8 * step))
    qtbot.mouseRelease(viewport, LEFT, NO_MODS, start + QPoint(18, -48))
    assert dragged == ["ana-city-marathon"]
    assert window.document.undo_stack.count() == 0  # dropped nowhere: nothing changed


def test_dropping_a_table_row_on_another_lane_moves_the_race_and_its_block(window):
    document = window.document
    assert document.plans["kofi"].weeks[25].phase is Phase.FREE
    mime = _table_mime(window, "ana-city-marathon")  # kept referenced until dropped
    drop = _drop_on_lane(window, mime, "kofi", dt.date(2027, 7, 4))
    assert drop.isAccepted()
    assert drop.dropAction() == Qt.DropAction.MoveAction
    loc = edits.find_race(document.season, "ana-city-marathon")
    assert (loc.athlete.id, loc.race.date) == ("kofi", dt.date(2027, 7, 4))
    # Kofi now has a block ending in that race; Ana's June weeks are free again.
    kofi = document.plans["kofi"].weeks
    assert (kofi[25].phase, kofi[26].phase) == (Phase.TAPER, Phase.RECOVERY)  # weeks 26, 27
    assert document.plans["ana"].weeks[24].phase is Phase.FREE
    assert window.selection.race_id == "ana-city-marathon"
    assert window.selection.athlete_id == "kofi"
    races = window.races.model
    assert races.row_of("ana-city-marathon") >= 0  # the table follows to Kofi's races
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    loc = edits.find_race(document.season, "ana-city-marathon")
    assert (loc.athlete.id, loc.race.date) == ("ana", dt.date(2027, 6, 27))
    assert document.plans["kofi"].weeks[25].phase is Phase.FREE


def test_a_ctrl_drop_copies_the_race_and_keeps_the_original(window):
    document = window.document
    mime = _table_mime(window, "ana-parkrun")
    drop = _drop_on_lane(window, mime, "ana", dt.date(2027, 9, 18), CTRL)
    assert drop.isAccepted()
    assert drop.dropAction() == Qt.DropAction.CopyAction
    parkruns = [r for r in document.season.athlete("ana").races if r.name == "Harbour parkrun"]
    assert sorted(r.date for r in parkruns) == [dt.date(2027, 8, 14), dt.date(2027, 9, 18)]
    copy = next(r for r in parkruns if r.date == dt.date(2027, 9, 18))
    assert copy.id != "ana-parkrun" and window.selection.race_id == copy.id
    assert window.races.model.rowCount() == 5  # the copy is listed in Ana's table
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [r.id for r in document.season.athlete("ana").races].count("ana-parkrun") == 1
    assert len(document.season.athlete("ana").races) == 4


def test_a_move_drop_leaves_the_table_rows_to_the_document(window):
    # After a MoveAction the view asks the model to remove the dragged rows; the model
    # refuses, so the table shows only what the document says.
    model = window.races.model
    assert not model.removeRows(0, 1)
    assert model.rowCount() == 4
