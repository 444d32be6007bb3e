"""Week arithmetic on the unbounded week axis."""

from __future__ import annotations

import datetime as dt

import pytest

from planner_gui.model.season import Season, Weekday
from planner_gui.model.weeks import (
    SeasonCalendar,
    absolute_week,
    first_day_of_week,
    week_first_day,
)
from tests.model.builders import season


@pytest.mark.parametrize("week_start", list(Weekday))
def test_every_day_belongs_to_exactly_one_week(week_start: Weekday) -> None:
    day = dt.date(2027, 12, 20)
    for offset in range(21):
        current = day + dt.timedelta(days=offset)
        first = first_day_of_week(current, week_start)
        assert first.weekday() == week_start.number
        assert first <= current < first + dt.timedelta(days=7)
        assert week_first_day(absolute_week(current, week_start), week_start) == first


def test_weekday_numbers_follow_date_weekday() -> None:
    assert [w.number for w in Weekday] == list(range(7))
    assert dt.date(2027, 1, 4).weekday() == Weekday.MONDAY.number


def test_calendar_of_a_season_starting_midweek() -> None:
    calendar = SeasonCalendar.of(season(start=dt.date(2027, 1, 7), weeks=2))
    assert calendar.start == dt.date(2027, 1, 4)
    assert calendar.end == dt.date(2027, 1, 17)
    assert calendar.week_start_date(2) == dt.date(2027, 1, 11)
    assert calendar.week_start_date(0) == dt.date(2026, 12, 28)
    assert calendar.index_of(dt.date(2027, 1, 4)) == 1
    assert calendar.index_of(dt.date(2027, 1, 17)) == 2
    assert calendar.index_of(dt.date(2027, 1, 3)) == 0
    assert calendar.contains(dt.date(2027, 1, 17))
    assert not calendar.contains(dt.date(2027, 1, 18))
    assert not calendar.contains(dt.date(2027, 1, 3))


def test_calendar_with_sunday_weeks() -> None:
    calendar = SeasonCalendar.of(season(start=dt.date(2027, 1, 4), week_start="sunday"))
    assert calendar.start == dt.date(2027, 1, 3)
    assert calendar.end == dt.date(2027, 1, 3) + dt.timedelta(weeks=52, days=-1)


def test_the_season_span_in_words() -> None:
    calendar = SeasonCalendar.of(Season(name="2027", start=dt.date(2027, 1, 6)))
    assert calendar.span_text() == "Week 1 runs 4 – 10 Jan 2027; the season ends 2 Jan 2028."
    assert "(weeks start on Monday)" in calendar.span_text(name_week_start=True)
