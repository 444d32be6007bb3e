"""What one lane shows and where: bands, days away, race markers, warnings (the lane's "zones").

Built from an athlete, its plan and the time scale; used both to paint the lane and to
answer "what is under the mouse" for drags and tooltips, so the two always agree.
x is in viewport coordinates, y is relative to the lane's top edge.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from planner_gui.model.engine import AthletePlan, Block, PlanWarning, WarningCode, WeekPlan
from planner_gui.model.phases import Phase
from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.season import Athlete, AwayPeriod, Priority, Race
from planner_gui.model.time_scale import TimeScale
from planner_gui.model.weeks import SeasonCalendar
from planner_gui.views.timeline.lane_layout import BAND_HEIGHT, BAND_TOP, MARKER_Y

MARKER_SIZE = {priority: 17.0 * look.scale for priority, look in RACE_LOOKS.items()}
"""Marker width by priority (shapes in ``race_look``): big diamond, triangle, small circle."""
HIT_SLOP = 3.0
WARNING_GLYPH = 13.0
DRAW_ORDER = {Priority.C: 0, Priority.B: 1, Priority.A: 2}
"""C markers first so A markers end up on top (and win hit tests)."""


@dataclass(frozen=True, slots=True)
class BandItem:
    """A run of weeks with one phase for one block (or a run of free weeks)."""

    phase: Phase
    weeks: tuple[WeekPlan, ...]
    x0: float
    x1: float
    block: Block | None

    @property
    def rect(self) -> QRectF:
        """The band's rectangle (lane-local y)."""
        return QRectF(self.x0, BAND_TOP, self.x1 - self.x0, BAND_HEIGHT)


@dataclass(frozen=True, slots=True)
class AwayItem:
    """An away period over the band row, cut to the season's days."""

    period: AwayPeriod
    x0: float
    x1: float

    @property
    def rect(self) -> QRectF:
        """The days away on the band row (lane-local y)."""
        return QRectF(self.x0, BAND_TOP, self.x1 - self.x0, BAND_HEIGHT)


@dataclass(frozen=True, slots=True)
class RaceItem:
    """A race marker."""

    race: Race
    center: QPointF

    @property
    def rect(self) -> QRectF:
        """The marker's bounding rectangle (lane-local y)."""
        size = MARKER_SIZE[self.race.priority]
        return QRectF(self.center.x() - size / 2, self.center.y() - size / 2, size, size)


@dataclass(frozen=True, slots=True)
class WarningItem:
    """A warning glyph; ``torn_x`` is the left edge drawn torn for a cut-short block."""

    warnings: tuple[PlanWarning, ...]
    rect: QRectF
    torn_x: float | None


@dataclass(frozen=True, slots=True)
class OffSeasonRace:
    """A race before or after the season that still shapes its weeks."""

    race: Race
    after: bool


@dataclass(frozen=True)
class LaneItems:
    """The zones of one lane, in paint order."""

    bands: tuple[BandItem, ...]
    away: tuple[AwayItem, ...]
    """The athlete's away periods, drawn over the bands (they never move a phase)."""
    races: tuple[RaceItem, ...]
    warnings: tuple[WarningItem, ...]
    off_season: tuple[OffSeasonRace, ...]
    notes: tuple[PlanWarning, ...]
    """Warnings about the whole lane (no main race), shown by the name."""
    season_x0: float
    season_x1: float
    """Left edge of the season's first day and right edge of its last day."""

    @classmethod
    def build(
        cls, athlete: Athlete, plan: AthletePlan, scale: TimeScale, calendar: SeasonCalendar
    ) -> LaneItems:
        """Lay out ``athlete``'s lane for ``plan`` on ``scale``."""
        bands = _bands(plan, scale)
        races: list[RaceItem] = []
        off: list[OffSeasonRace] = []
        for race in sorted(athlete.races, key=lambda r: (DRAW_ORDER[r.priority], r.date)):
            if race.date < calendar.start or race.date > calendar.end:
                off.append(OffSeasonRace(race, race.date > calendar.end))
                continue
            center = QPointF(scale.x_of(race.date) + scale.day_width / 2, MARKER_Y)
            races.append(RaceItem(race, center))
        warnings, notes = _warnings(plan, scale, calendar, races)
        x0, x1 = scale.span(calendar.start, calendar.end)
        away = _away(athlete, scale, calendar)
        return cls(
            tuple(bands), away, tuple(races), tuple(warnings), tuple(off), tuple(notes), x0, x1
        )

    def race_at(self, x: float, y: float) -> RaceItem | None:
        """The topmost race marker at lane-local (x, y)."""
        for item in reversed(self.races):
            if item.rect.adjusted(-HIT_SLOP, -HIT_SLOP, HIT_SLOP, HIT_SLOP).contains(x, y):
                return item
        return None

    def race(self, race_id: str) -> RaceItem | None:
        """The marker of a race, or None when the race lies outside the season."""
        return next((item for item in self.races if item.race.id == race_id), None)

    def warning_at(self, x: float, y: float) -> WarningItem | None:
        """The warning glyph at lane-local (x, y)."""
        for item in self.warnings:
            if item.rect.adjusted(-2, -2, 2, 2).contains(x, y):
                return item
        return None

    def away_at(self, x: float, y: float) -> tuple[AwayItem, ...]:
        """The away periods at lane-local (x, y), in date order (they may overlap)."""
        return tuple(item for item in self.away if item.rect.contains(x, y))

    def band_at(self, x: float) -> BandItem | None:
        """The band under x."""
        for band in self.bands:
            if band.x0 <= x < band.x1:
                return band
        return None


def _bands(plan: AthletePlan, scale: TimeScale) -> list[BandItem]:
    blocks = {block.race.id: block for block in plan.blocks}
    runs: list[list[WeekPlan]] = []
    for week in plan.weeks:
        race_id = week.main_race.id if week.main_race else None
        if runs:
            last = runs[-1][-1]
            last_id = last.main_race.id if last.main_race else None
            if last.phase is week.phase and last_id == race_id:
                runs[-1].append(week)
                continue
        runs.append([week])
    bands = []
    for run in runs:
        x0, x1 = scale.span(run[0].start, run[-1].end)
        main = run[0].main_race
        bands.append(
            BandItem(run[0].phase, tuple(run), x0, x1, blocks.get(main.id) if main else None)
        )
    return bands


def _away(athlete: Athlete, scale: TimeScale, calendar: SeasonCalendar) -> tuple[AwayItem, ...]:
    """The away periods that touch the season, cut to its first and last day."""
    items = []
    for period in sorted(athlete.away, key=lambda p: (p.start, p.end)):
        first, last = max(period.start, calendar.start), min(period.end, calendar.end)
        if first <= last:
            x0, x1 = scale.span(first, last)
            items.append(AwayItem(period, x0, x1))
    return tuple(items)


def _warnings(
    plan: AthletePlan, scale: TimeScale, calendar: SeasonCalendar, races: list[RaceItem]
) -> tuple[list[WarningItem], list[PlanWarning]]:
    """Glyphs at the front of each cut-short block; other race warnings by the marker."""
    by_race: dict[str, list[PlanWarning]] = {}
    notes: list[PlanWarning] = []
    for warning in plan.warnings:
        if warning.race_id is None or warning.code is WarningCode.NO_MAIN_RACE:
            notes.append(warning)
        else:
            by_race.setdefault(warning.race_id, []).append(warning)
    items: list[WarningItem] = []
    season_first = calendar.first_week
    season_last = calendar.first_week + calendar.weeks - 1
    for block in plan.blocks:
        found = by_race.pop(block.race.id, [])
        if not (block.compressed or found):
            continue
        if block.race_week < season_first or block.first_week > season_last:
            continue
        week = max(block.first_week, season_first)
        x = scale.x_of(calendar.week_start_date(week - season_first + 1))
        torn = x if block.compressed and block.first_week >= season_first else None
        rect = QRectF(x + 3, BAND_TOP - WARNING_GLYPH / 2 + 1, WARNING_GLYPH, WARNING_GLYPH)
        items.append(WarningItem(tuple(found), rect, torn))
    markers = {item.race.id: item for item in races}
    for race_id, found in by_race.items():
        marker = markers.get(race_id)
        if marker is None:
            continue
        c = marker.center
        rect = QRectF(c.x() + 5, BAND_TOP - WARNING_GLYPH / 2 + 1, WARNING_GLYPH, WARNING_GLYPH)
        items.append(WarningItem(tuple(found), rect, None))
    return items, notes
