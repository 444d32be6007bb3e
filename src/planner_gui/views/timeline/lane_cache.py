"""Per-lane cache of layout and pixels, so a drag repaints only the lanes it changes.

A lane is valid while its athlete and plan are the very same objects (seasons are
immutable and edits share unchanged athletes) and the scale, width and colours are
unchanged. During a drag the dragged lane gets a new athlete and plan on every move,
so it alone is laid out and painted again; every other lane is one ``drawPixmap``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QPainter, QPixmap

from planner_gui.model.engine import AthletePlan
from planner_gui.model.season import Athlete
from planner_gui.model.time_scale import TimeScale
from planner_gui.model.weeks import SeasonCalendar
from planner_gui.views.timeline.lane_items import LaneItems
from planner_gui.views.timeline.lane_painter import LanePainter


@dataclass
class _Entry:
    athlete: Athlete
    plan: AthletePlan
    scale: TimeScale
    calendar: SeasonCalendar
    items: LaneItems
    pixmap: QPixmap | None = None
    pixmap_key: tuple[object, ...] = ()


class LaneCache:
    """Lane items and lane pixmaps by athlete id."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self.paints: Counter[str] = Counter()
        """How often each athlete's lane was painted (the cache's hit rate, for tests)."""

    def clear(self) -> None:
        """Forget everything (palette, font or season reset)."""
        self._entries.clear()

    def items(
        self, athlete: Athlete, plan: AthletePlan, scale: TimeScale, calendar: SeasonCalendar
    ) -> LaneItems:
        """The lane's layout, rebuilt only when its inputs changed."""
        return self._entry(athlete, plan, scale, calendar).items

    def _entry(
        self, athlete: Athlete, plan: AthletePlan, scale: TimeScale, calendar: SeasonCalendar
    ) -> _Entry:
        entry = self._entries.get(athlete.id)
        if (
            entry is None
            or entry.athlete is not athlete
            or entry.plan is not plan
            or entry.scale != scale
            or entry.calendar != calendar
        ):
            entry = _Entry(
                athlete, plan, scale, calendar, LaneItems.build(athlete, plan, scale, calendar)
            )
            self._entries[athlete.id] = entry
        return entry

    def pixmap(
        self,
        athlete: Athlete,
        plan: AthletePlan,
        scale: TimeScale,
        calendar: SeasonCalendar,
        painter: LanePainter,
        x0: float,
        size: tuple[int, int, float],
        selected: bool,
        background: Callable[[QPainter, bool], None],
    ) -> QPixmap:
        """The lane between viewport x0 and x0 + width, background and grid included.

        ``size`` is (width, height, device pixel ratio). The pixmap is opaque, so
        drawing it is a plain copy; ``background`` paints the lane's ground (tinted
        when ``selected``) and the week grid under the bands.
        """
        entry = self._entry(athlete, plan, scale, calendar)
        key = (id(painter), x0, size, selected)
        if entry.pixmap is None or entry.pixmap_key != key:
            width, height, ratio = size
            pixmap = QPixmap(round(width * ratio), round(height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(painter.colors.background)
            p = QPainter(pixmap)
            p.translate(-x0, 0)
            background(p, selected)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.paint(p, entry.items, x0, x0 + width)
            p.end()
            entry.pixmap, entry.pixmap_key = pixmap, key
            self.paints[athlete.id] += 1
        return entry.pixmap

    def retain(self, athlete_ids: set[str]) -> None:
        """Drop entries of athletes that left the roster."""
        for athlete_id in list(self._entries):
            if athlete_id not in athlete_ids:
                del self._entries[athlete_id]
