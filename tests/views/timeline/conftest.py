"""Fixtures for the timeline: the demo season in a document, a shared selection and a
shown ``TimelineView`` at a known zoom, plus a helper that drags like a hand does."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model.demo import load_demo
from planner_gui.views.timeline import TimelineView

TODAY = dt.date(2027, 5, 3)
"""A fixed 'today' inside the demo season, so date texts and the today line are stable."""
DAY_WIDTH = 4.0


@pytest.fixture
def document() -> SeasonDocument:
    return SeasonDocument(load_demo())


@pytest.fixture
def selection(document: SeasonDocument) -> Selection:
    return Selection(document)


@pytest.fixture
def timeline(qtbot: QtBot, document: SeasonDocument, selection: Selection) -> TimelineView:
    view = TimelineView(document, selection, today=lambda: TODAY)
    qtbot.addWidget(view)
    # At 4 px a day the season runs from January to mid-December in view; seven lanes fit.
    view.resize(1500, 460)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_by(DAY_WIDTH / view.day_width)
    view.horizontalScrollBar().setValue(0)
    assert view.day_width == pytest.approx(DAY_WIDTH)
    return view


def drag(
    qtbot: QtBot,
    view: TimelineView,
    start: QPoint,
    end: QPoint,
    *,
    steps: int = 6,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    release: bool = True,
) -> None:
    """Press at ``start``, move there in ``steps`` moves as a hand would, release."""
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    for i in range(1, steps + 1):
        x = start.x() + (end.x() - start.x()) * i // steps
        y = start.y() + (end.y() - start.y()) * i // steps
        qtbot.mouseMove(viewport, QPoint(x, y))
    if release:
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)


def days(n: int) -> int:
    """Pixels of ``n`` days at the fixture's zoom."""
    return round(n * DAY_WIDTH)
