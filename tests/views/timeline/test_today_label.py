"""The "Today" label in the timeline's header is whole wherever today's line runs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor

from planner_gui.views.timeline import TimelineView
from planner_gui.views.timeline.grid_painter import today_label_rect
from planner_gui.views.timeline.lane_layout import HEADER_HEIGHT, MONTH_ROW, NAME_WIDTH
from tests.views.timeline.conftest import DAY_WIDTH

FIRST_DAY = dt.date(2027, 1, 4)  # the demo season's first day


def test_the_label_is_centred_on_the_line_where_it_fits_and_hangs_beside_it_at_the_edges():
    middle = today_label_rect(500, 40, NAME_WIDTH, 1000)
    assert (middle.left(), middle.right()) == (480, 520)
    at_names = today_label_rect(NAME_WIDTH + 2, 40, NAME_WIDTH, 1000)
    assert (at_names.left(), at_names.right()) == (NAME_WIDTH + 2, NAME_WIDTH + 42)
    at_right_edge = today_label_rect(990, 40, NAME_WIDTH, 1000)
    assert (at_right_edge.left(), at_right_edge.right()) == (950, 990)
    assert middle.top() > MONTH_ROW and middle.bottom() < HEADER_HEIGHT  # the week row


def _label_columns(view: TimelineView) -> list[int]:
    """Viewport columns where the week row's top shows the today colour (the label)."""
    image = view.viewport().grab().toImage()
    today = view.colors().today.rgb()
    y = MONTH_ROW + 2
    return [x for x in range(image.width()) if QColor(image.pixel(x, y)).rgb() == today]


@pytest.fixture
def first_day_view(qtbot, document, selection):
    """The demo season at 4 px a day, scrolled to its start, on its first day."""
    view = TimelineView(document, selection, today=lambda: FIRST_DAY)
    qtbot.addWidget(view)
    view.resize(1200, 300)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_by(DAY_WIDTH / view.day_width)
    view.horizontalScrollBar().setValue(0)
    return view


def test_today_on_the_seasons_first_day_shows_the_whole_label(first_day_view):
    view = first_day_view
    line_x = view.x_for_date(FIRST_DAY) + DAY_WIDTH / 2
    width = view.fontMetrics().horizontalAdvance("Today")  # the box is wider still
    assert line_x - NAME_WIDTH < width / 2  # a centred label would run under the names

    columns = _label_columns(view)
    assert columns and min(columns) >= NAME_WIDTH
    assert max(columns) - min(columns) >= width  # the whole box, not cut to "oday"
    assert min(columns) <= line_x + 1  # hung from the line


def test_today_in_the_middle_keeps_the_label_centred_on_the_line(qtbot, document, selection):
    view = TimelineView(document, selection, today=lambda: dt.date(2027, 5, 5))
    qtbot.addWidget(view)
    view.resize(1200, 300)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_by(DAY_WIDTH / view.day_width)
    view.horizontalScrollBar().setValue(0)
    line_x = view.x_for_date(dt.date(2027, 5, 5)) + DAY_WIDTH / 2
    columns = _label_columns(view)
    assert abs((min(columns) + max(columns)) / 2 - line_x) <= 1.5
