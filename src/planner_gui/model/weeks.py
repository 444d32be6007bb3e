"""Week arithmetic on an unbounded axis of absolute week numbers.

An absolute week number counts seven-day weeks from 1 Jan of year 1, with weeks
starting on a chosen weekday. The season only picks a window of that axis, so races
before or after the season still shape the weeks inside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner_gui.model.date_text import format_date, format_range
from planner_gui.model.season import Season, Weekday


def absolute_week(day: dt.date, week_start: Weekday) -> int:
    """The absolute number of the week (starting on ``week_start``) that contains ``day``."""
    # date.fromordinal(1) is a Monday, so ordinal - 1 is a multiple of 7 on Mondays.
    return (day.toordinal() - 1 - week_start.number) // 7


def week_first_day(week: int, week_start: Weekday) -> dt.date:
    """The first day of an absolute week."""
    return dt.date.fromordinal(week * 7 + 1 + week_start.number)


def first_day_of_week(day: dt.date, week_start: Weekday) -> dt.date:
    """The first day of the week that contains ``day``."""
    return week_first_day(absolute_week(day, week_start), week_start)


@dataclass(frozen=True, slots=True)
class SeasonCalendar:
    """The season's window on the week axis: which weeks are shown and printed."""

    first_week: int
    """Absolute number of season week 1."""
    weeks: int
    week_start: Weekday

    @classmethod
    def of(cls, season: Season) -> SeasonCalendar:
        """The calendar of a season (its start moved back to a week's first day)."""
        return cls(absolute_week(season.start, season.week_start), season.weeks, season.week_start)

    @property
    def start(self) -> dt.date:
        """First day of season week 1."""
        return week_first_day(self.first_week, self.week_start)

    @property
    def end(self) -> dt.date:
        """Last day of the last season week."""
        return week_first_day(self.first_week + self.weeks, self.week_start) - dt.timedelta(1)

    def week_start_date(self, index: int) -> dt.date:
        """First day of season week ``index`` (1-based; may lie outside the season)."""
        return week_first_day(self.first_week + index - 1, self.week_start)

    def index_of(self, day: dt.date) -> int:
        """The season week (1-based) containing ``day``; may be < 1 or > weeks."""
        return absolute_week(day, self.week_start) - self.first_week + 1

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies inside the season's weeks."""
        return 1 <= self.index_of(day) <= self.weeks

    def span_text(self, *, name_week_start: bool = False) -> str:
        """Where the season's weeks fall, in words, for the settings and New Season.

        "Week 1 runs 4 – 10 Jan 2027; the season ends 2 Jan 2028." (with
        ``name_week_start``, the weekday the weeks start on in brackets after week 1).
        """
        week_one = format_range(self.start, self.start + dt.timedelta(days=6))
        day = self.week_start.value.capitalize()
        starts = f" (weeks start on {day})" if name_week_start else ""
        return f"Week 1 runs {week_one}{starts}; the season ends {format_date(self.end)}."
