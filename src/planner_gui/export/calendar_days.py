"""What each day of an athlete's plan holds, for the day-by-day calendar.

Plain data from the plan and the athlete (no drawing): the week's dated sessions,
the races on their days, the days away with their reason, and the rest days right
after an A race (planning-rules.md §5.2, rule 2: recovery begins after the race, so
the rest of its race week, and at least the day after it, hold no strength work).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner_gui.model.engine import WeekPlan
from planner_gui.model.season import Athlete, AwayReason, Priority, Race, Weekday

_NO_RACES: tuple[Race, ...] = ()


@dataclass(frozen=True, slots=True)
class DayCell:
    """One day of the calendar."""

    day: dt.date
    session: int
    """The strength session's number in its week (1, 2, …), or 0 for none."""
    races: tuple[Race, ...]
    away: AwayReason | None
    """Why the athlete is away that day, or None."""
    rest: bool
    """A rest day after an A race (no strength work; recovery has begun)."""


def weekday_names(week_start: Weekday) -> tuple[str, ...]:
    """The seven weekday names in the order of the season's weeks ("Sunday", "Monday", …).

    English names from the schema rather than ``strftime``, which follows the locale.
    """
    days = list(Weekday)
    first = week_start.number
    return tuple(days[(first + offset) % 7].value.capitalize() for offset in range(7))


class CalendarDays:
    """The days of one athlete's weeks, looked up by date."""

    def __init__(self, athlete: Athlete, weeks: tuple[WeekPlan, ...]) -> None:
        self._races: dict[int, list[Race]] = {}
        for race in sorted(athlete.races, key=lambda r: r.date):
            self._races.setdefault(race.date.toordinal(), []).append(race)
        first = weeks[0].start.toordinal() if weeks else 0
        last = weeks[-1].end.toordinal() if weeks else -1
        # The first period listed wins a day two periods share (the list is by date).
        self._away: dict[int, AwayReason] = {}
        for period in sorted(athlete.away, key=lambda p: (p.start, p.end)):
            lo = max(period.start.toordinal(), first)
            hi = min(period.end.toordinal(), last)
            for day in range(lo, hi + 1):
                self._away.setdefault(day, period.reason)
        self._rest = _rest_days(athlete, weeks)
        self._marked = set(self._races) | set(self._away) | self._rest

    def _cell(self, ordinal: int, session: int) -> DayCell:
        races = self._races.get(ordinal)
        return DayCell(
            dt.date.fromordinal(ordinal),
            session,
            tuple(races) if races else _NO_RACES,
            self._away.get(ordinal),
            ordinal in self._rest,
        )

    def week(self, week: WeekPlan) -> tuple[DayCell, ...]:
        """The seven days of ``week``, in order."""
        numbers = {day.toordinal(): n for n, day in enumerate(week.sessions, start=1)}
        first = week.start.toordinal()
        return tuple(self._cell(day, numbers.get(day, 0)) for day in range(first, first + 7))

    def marked(self, week: WeekPlan) -> dict[int, DayCell]:
        """The days of ``week`` with a race, time away or a rest day, by position (0–6).

        Most weeks have none: the calendar lays those out from their sessions alone.
        """
        first = week.start.toordinal()
        marked = [day for day in range(first, first + 7) if day in self._marked]
        if not marked:
            return {}
        numbers = {day.toordinal(): n for n, day in enumerate(week.sessions, start=1)}
        return {day - first: self._cell(day, numbers.get(day, 0)) for day in marked}


def _rest_days(athlete: Athlete, weeks: tuple[WeekPlan, ...]) -> set[int]:
    """Ordinals of the rest days after each A race: the rest of its week, or the next day."""
    rest: set[int] = set()
    if not weeks:
        return rest
    first = weeks[0].start.toordinal()
    for race in athlete.races:
        if race.priority is not Priority.A:
            continue
        day = race.date.toordinal()
        week_end = day + 6 - (day - first) % 7
        rest.update(range(day + 1, max(week_end, day + 1) + 1))
    return rest
