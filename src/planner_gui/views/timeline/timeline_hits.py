"""What is under the mouse on the timeline: which lane, which day, which race, which tooltip.

Answers in viewport coordinates from the same ``Frame`` and ``LaneItems`` the
renderer paints, so what the coach sees and what a press or a tooltip finds always
agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget

from planner_gui.model.season import Athlete
from planner_gui.views.timeline.lane_items import LaneItems, RaceItem
from planner_gui.views.timeline.lane_layout import HEADER_HEIGHT, NAME_WIDTH, in_lanes
from planner_gui.views.timeline.name_marks import name_tooltip
from planner_gui.views.timeline.timeline_renderer import Frame, TimelineRenderer, aligned
from planner_gui.views.timeline.tooltips import (
    away_text,
    band_tooltip,
    race_tooltip,
    warning_tooltip,
)


class TimelineHits:
    """Hit tests and tooltips over the frame a timeline shows (viewport coordinates).

    ``frame`` gives what the viewport shows right now; ``today`` the day a race's
    tooltip counts from (also when it lies outside the season).
    """

    def __init__(
        self,
        renderer: TimelineRenderer,
        frame: Callable[[], Frame],
        today: Callable[[], dt.date],
    ):
        self._renderer = renderer
        self._frame = frame
        self._today = today

    def athlete_at(self, y: float, *, clamp: bool) -> str | None:
        """The athlete whose lane is at ``y`` (clamped to the first/last lane if asked)."""
        lanes = self._frame().lanes
        index = lanes.nearest_index(y) if clamp else lanes.index_at(y)
        return None if index is None else lanes.athlete_ids[index]

    def day_at(self, x: float) -> dt.date:
        """The day under ``x``, kept inside the season."""
        frame = self._frame()
        calendar = frame.calendar
        return min(max(frame.scale.date_at(x), calendar.start), calendar.end)

    def items(self, athlete: Athlete) -> LaneItems:
        """What an athlete's lane shows right now, and where."""
        return self._renderer.items(self._frame(), athlete)

    def race_rect(self, race_id: str) -> QRect:
        """The race marker's rectangle (empty when the race lies outside the season)."""
        return aligned(self._renderer.race_rect(self._frame(), race_id))

    def race_at(self, pos: QPointF) -> tuple[Athlete, RaceItem | None] | None:
        """The lane's athlete and the race marker under ``pos``.

        None off the lanes; the marker is None on empty lane space.
        """
        frame = self._frame()
        lanes = frame.lanes
        index = lanes.index_at(pos.y())
        if index is None or not in_lanes(pos.x(), pos.y()):
            return None
        athlete = frame.season.athletes[index]
        items = self._renderer.items(frame, athlete)
        return athlete, items.race_at(pos.x(), pos.y() - lanes.lane_top(index))

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip for what is under ``pos``: a race, a warning, a band or a name.

        Over days away, the away periods come first and the band's tooltip follows.
        """
        frame = self._frame()
        lanes = frame.lanes
        index = lanes.index_at(pos.y())
        if index is None or pos.y() < HEADER_HEIGHT:
            return ""
        athlete = frame.season.athletes[index]
        items = self._renderer.items(frame, athlete)
        plan = frame.plan_of(athlete.id)
        if pos.x() < NAME_WIDTH:
            return name_tooltip(athlete, plan, frame.season.methodology)
        x, y = pos.x(), pos.y() - lanes.lane_top(index)
        race = items.race_at(x, y)
        if race is not None:
            return race_tooltip(race.race, self._today())
        warning = items.warning_at(x, y)
        if warning is not None:
            return warning_tooltip(warning.warnings, warning.torn_x is not None)
        away = [away_text(item.period) for item in items.away_at(x, y)]
        band = items.band_at(x)
        if band is None:
            return "\n".join(away)
        day = frame.scale.date_at(x)
        week = next((w for w in band.weeks if w.start <= day <= w.end), band.weeks[0])
        # The athlete's own phase lengths (plan.methodology), not the season's.
        text = band_tooltip(band, week, plan.methodology)
        return "\n\n".join(["\n".join(away), text]) if away else text

    def show_tooltip(self, event: QHelpEvent, viewport: QWidget) -> None:
        """Show the tooltip for a help event on ``viewport`` (or hide the last one)."""
        text = self.tooltip_at(QPointF(event.pos()))
        if text:
            QToolTip.showText(event.globalPos(), text, viewport)
        else:
            QToolTip.hideText()
            event.ignore()
