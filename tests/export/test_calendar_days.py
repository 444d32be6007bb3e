"""What each calendar day holds, before anything is drawn."""

from __future__ import annotations

import datetime as dt

from planner_gui.export.calendar_days import CalendarDays, weekday_names
from planner_gui.model.demo import load_demo
from planner_gui.model.engine import plan_season
from planner_gui.model.season import AwayPeriod, AwayReason, Weekday


def test_weekday_names_start_on_the_seasons_first_day() -> None:
    assert weekday_names(Weekday.MONDAY)[0] == "Monday"
    assert weekday_names(Weekday.SUNDAY) == (
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def test_days_carry_sessions_races_away_and_rest() -> None:
    season = load_demo()
    zoe = season.athletes[2]
    plan = plan_season(season)[2]
    days = CalendarDays(zoe, plan.weeks)
    week_19 = days.week(plan.weeks[18])  # 10–16 May: City 10k on Sunday
    assert [d.day.day for d in week_19] == [10, 11, 12, 13, 14, 15, 16]
    assert [d.session for d in week_19] == [0, 1, 0, 0, 0, 0, 0]
    assert [r.name for r in week_19[6].races] == ["City 10k"]
    assert not any(d.rest for d in week_19)  # the race is the week's last day
    week_20 = days.week(plan.weeks[19])
    assert [d.rest for d in week_20] == [True, False, False, False, False, False, False]
    week_10 = days.week(plan.weeks[9])  # the whole week on holiday
    assert {d.away for d in week_10} == {AwayReason.HOLIDAY}
    assert days.marked(plan.weeks[0]) == {}  # a plain week: nothing to look at


def test_the_first_of_two_overlapping_periods_names_a_shared_day() -> None:
    season = load_demo()
    kofi = season.athletes[5].model_copy(update={"away": (
        AwayPeriod(start=dt.date(2027, 1, 6), end=dt.date(2027, 1, 9), reason=AwayReason.OTHER),
        AwayPeriod(start=dt.date(2027, 1, 5), end=dt.date(2027, 1, 6),
                   reason=AwayReason.ILLNESS),
    )})
    plan = plan_season(season.model_copy(update={"athletes": (kofi,)}))[0]
    week = CalendarDays(kofi, plan.weeks).week(plan.weeks[0])
    assert [d.away for d in week] == [None, AwayReason.ILLNESS, AwayReason.ILLNESS,
                                      AwayReason.OTHER, AwayReason.OTHER, AwayReason.OTHER, None]
