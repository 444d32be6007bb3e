"""A week's session days and the reasons for dropped sessions, in the coach's words."""

from __future__ import annotations

import datetime as dt

from planner_gui.model.engine import WeekPlan, plan_season
from planner_gui.model.season import Athlete, AwayPeriod, AwayReason, Season, Weekday
from planner_gui.model.session_days import (
    away_text,
    day_names,
    dropped_reasons,
    dropped_text,
    session_dates,
)
from tests.model.builders import race, season

# planning-rules.md §5, worked example: the A race on Sunday 27 Jun 2027 (week 25)
# makes week 10 (8–14 Mar) a base week asking for three sessions.
MARATHON = race(dt.date(2027, 6, 27), "A", name="City Marathon")
WEEK_10 = 9  # 0-based


def _week_10(base: Season, **athlete: object) -> tuple[Athlete, WeekPlan]:
    changed = base.model_copy(
        update={"athletes": (base.athletes[0].model_copy(update=athlete),)}
    )
    changed = Season.model_validate(changed.model_dump())
    return changed.athletes[0], plan_season(changed)[0].weeks[WEEK_10]


def test_a_plain_base_week_lists_its_days_and_dates():
    athlete, week = _week_10(season(MARATHON))
    assert day_names(week.sessions) == "Tue Fri Sun"
    assert session_dates(week) == "Tue 9 Mar, Fri 12 Mar, Sun 14 Mar"
    assert dropped_text(athlete, week) == ""
    assert away_text(athlete, week) == ""


def test_days_away_drop_a_session_and_say_when_and_why():
    holiday = AwayPeriod(
        start=dt.date(2027, 3, 8), end=dt.date(2027, 3, 10), reason=AwayReason.HOLIDAY,
        note="Ski trip",
    )
    athlete, week = _week_10(season(MARATHON), away=(holiday,))
    assert session_dates(week) == "Fri 12 Mar, Sun 14 Mar"
    assert dropped_text(athlete, week) == "1 dropped: away 8 – 10 Mar (holiday)"
    assert away_text(athlete, week) == "3 days: holiday 8 – 10 Mar (Ski trip)"


def test_a_day_away_for_another_reason_reads_plainly():
    one_day = AwayPeriod(start=dt.date(2027, 3, 9), end=dt.date(2027, 3, 9))
    athlete, week = _week_10(
        season(MARATHON), away=(one_day,), strength_days=(Weekday.TUESDAY,)
    )
    assert dropped_reasons(athlete, week) == [
        "away 9 Mar", "too few lifting days (Tue)"
    ]
    assert away_text(athlete, week) == "1 day: away 9 Mar"


def test_a_race_nearby_is_named_with_its_day():
    # A B race on Saturday 13 Mar: Fri 12 and Sun 14 are blocked, and this athlete
    # lifts only on those days.
    spring = race(dt.date(2027, 3, 13), "B", "half_marathon", name="Spring Half")
    athlete, week = _week_10(
        season(MARATHON, spring), strength_days=(Weekday.FRIDAY, Weekday.SUNDAY)
    )
    assert week.sessions == ()
    assert dropped_text(athlete, week) == "1 dropped: races nearby: Spring Half (B), Sat 13 Mar"


def test_too_few_lifting_days_names_the_days_there_are():
    athlete, week = _week_10(
        season(MARATHON), strength_days=(Weekday.THURSDAY, Weekday.MONDAY)
    )
    assert day_names(week.sessions) == "Mon Thu"
    assert dropped_text(athlete, week) == "1 dropped: too few lifting days (Mon, Thu)"
