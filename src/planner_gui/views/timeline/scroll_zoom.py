"""The timeline's zoom and scroll state: pixels per day, fit-to-season, scrollbar ranges.

``PanZoomGesture`` turns the wheel and a drag on empty space into scrolling and
zooming; this part holds what those gestures (and the View actions, the keyboard and
a race drag near the edge) change: the zoom, whether it follows the viewport width,
and the scroll position that keeps a date, a race or a lane in view.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect
from PySide6.QtWidgets import QAbstractScrollArea

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.time_scale import TimeScale
from planner_gui.views.timeline.lane_layout import (
    CONTENT_PAD,
    HEADER_HEIGHT,
    LANE_HEIGHT,
    NAME_WIDTH,
    LaneLayout,
)

MIN_DAY_WIDTH = 0.5
MAX_DAY_WIDTH = 48.0
AUTOSCROLL_MARGIN = 24
AUTOSCROLL_STEP = 12
VISIBLE_MARGIN = 40
"""Room kept beside a race marker scrolled into view, so its name shows too."""


class ScrollZoom:
    """Zoom (pixels per day) and scrolling of the timeline in ``area``.

    The zoom starts fitted to the ``document``'s season and follows the viewport
    width until the coach zooms; ``lanes`` gives where the lanes are now (for the
    vertical range and for scrolling a lane into view); ``changed`` is called
    whenever the mapping of dates to x changes without a scrollbar moving (the view
    places its editor and repaints).
    """

    def __init__(
        self,
        area: QAbstractScrollArea,
        document: SeasonDocument,
        lanes: Callable[[], LaneLayout],
        changed: Callable[[], None],
    ):
        self._area = area
        self._document = document
        self._lanes = lanes
        self._changed = changed
        self._day_width = 3.0
        self._fit = True

    @property
    def day_width(self) -> float:
        """Pixels per day (the zoom)."""
        return self._day_width

    @property
    def scale(self) -> TimeScale:
        """Date ↔ viewport x at this zoom and horizontal scroll."""
        left = NAME_WIDTH + CONTENT_PAD - self._area.horizontalScrollBar().value()
        return TimeScale(self._document.calendar.start, self._day_width, left)

    def _fit_width(self) -> float:
        days = self._document.calendar.weeks * 7
        usable = self._area.viewport().width() - NAME_WIDTH - 2 * CONTENT_PAD
        return max(MIN_DAY_WIDTH, usable / max(days, 1))

    # -- zoom ------------------------------------------------------------------------------

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom keeping the date under ``anchor_x`` (default: the middle) in place."""
        area = self._area
        if anchor_x is None:
            anchor_x = (NAME_WIDTH + area.viewport().width()) / 2
        width = min(max(self._day_width * factor, self._fit_width()), MAX_DAY_WIDTH)
        if math.isclose(width, self._day_width):
            return
        zoomed = self.scale.zoomed(width / self._day_width, anchor_x)
        self._fit = math.isclose(width, self._fit_width())
        self._day_width = width
        self.update_scrollbars()
        area.horizontalScrollBar().setValue(round(NAME_WIDTH + CONTENT_PAD - zoomed.left))
        self._changed()

    def fit_season(self) -> None:
        """Show the whole season across the viewport."""
        self._fit = True
        self._day_width = self._fit_width()
        self.update_scrollbars()
        self._changed()

    def season_changed(self) -> None:
        """A new season length or roster: refit (when fitted) and resize the scrollbars."""
        if self._fit:
            self._day_width = self._fit_width()
        self.update_scrollbars()

    def resized(self) -> None:
        """The viewport changed size: refit, or keep the zoom but never below the fit."""
        fit = self._fit_width()
        self._day_width = fit if self._fit else max(self._day_width, fit)
        self.update_scrollbars()
        self._changed()

    # -- scrolling ---------------------------------------------------------------------------

    def center_on(self, day: dt.date) -> None:
        """Scroll so ``day`` is in the middle of the lanes."""
        area = self._area
        middle = (NAME_WIDTH + area.viewport().width()) / 2
        bar = area.horizontalScrollBar()
        bar.setValue(round(bar.value() + self.scale.x_of(day) - middle))

    def ensure_visible(self, rect: QRect, lane: int) -> None:
        """Scroll the least needed to show ``rect`` with room beside it, and lane ``lane``.

        The room (``VISIBLE_MARGIN``) is for a race marker's name.
        """
        viewport = self._area.viewport()
        lanes = QRect(
            NAME_WIDTH,
            HEADER_HEIGHT,
            viewport.width() - NAME_WIDTH,
            viewport.height() - HEADER_HEIGHT,
        )
        h = self._area.horizontalScrollBar()
        if rect.left() - VISIBLE_MARGIN < lanes.left():
            h.setValue(h.value() - (lanes.left() - rect.left() + VISIBLE_MARGIN))
        elif rect.right() + VISIBLE_MARGIN > lanes.right():
            h.setValue(h.value() + (rect.right() + VISIBLE_MARGIN - lanes.right()))
        self.ensure_lane_visible(lane)

    def ensure_lane_visible(self, index: int) -> None:
        """Scroll vertically so lane ``index`` is fully visible."""
        area = self._area
        top = self._lanes().lane_top(index)
        bar = area.verticalScrollBar()
        height = area.viewport().height()
        if top < HEADER_HEIGHT:
            bar.setValue(bar.value() - round(HEADER_HEIGHT - top))
        elif top + LANE_HEIGHT > height:
            bar.setValue(bar.value() + round(top + LANE_HEIGHT - height))

    def autoscroll(self, pos: QPointF) -> None:
        """Nudge the scroll when a drag reaches the edge of the lanes."""
        area = self._area
        vw, vh = area.viewport().width(), area.viewport().height()
        h, v = area.horizontalScrollBar(), area.verticalScrollBar()
        if pos.x() < NAME_WIDTH + AUTOSCROLL_MARGIN:
            h.setValue(h.value() - AUTOSCROLL_STEP)
        elif pos.x() > vw - AUTOSCROLL_MARGIN:
            h.setValue(h.value() + AUTOSCROLL_STEP)
        if pos.y() < HEADER_HEIGHT + AUTOSCROLL_MARGIN / 2:
            v.setValue(v.value() - AUTOSCROLL_STEP)
        elif pos.y() > vh - AUTOSCROLL_MARGIN / 2:
            v.setValue(v.value() + AUTOSCROLL_STEP)

    def update_scrollbars(self) -> None:
        """Scrollbar ranges and steps for the season's width and the roster's height."""
        area = self._area
        vw, vh = area.viewport().width(), area.viewport().height()
        page_w = max(0, vw - NAME_WIDTH)
        days = self._document.calendar.weeks * 7
        content_w = math.ceil(days * self._day_width + 2 * CONTENT_PAD)
        h = area.horizontalScrollBar()
        h.setRange(0, max(0, content_w - page_w))
        h.setPageStep(page_w)
        h.setSingleStep(max(1, round(7 * self._day_width)))
        page_h = max(0, vh - HEADER_HEIGHT)
        v = area.verticalScrollBar()
        v.setRange(0, max(0, self._lanes().total_height - page_h))
        v.setPageStep(page_h)
        v.setSingleStep(LANE_HEIGHT // 2)
