"""Next season from this one: what moves on, what stays, what is left behind."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner_gui.model.demo import load_demo
from planner_gui.model.next_season import next_season, next_season_name, season_offset
from planner_gui.model.season import (
    MAX_DATE,
    MAX_NAME,
    Athlete,
    AthleteMethodology,
    AwayPeriod,
    Priority,
    Season,
    Weekday,
    WeekNote,
)
from planner_gui.model.weeks import SeasonCalendar
from tests.model.builders import START, race, week_day


def counter() -> itertools.count[int]:
    return itertools.count(1)


def test_the_demo_moves_one_season_on_with_its_main_races() -> None:
    this = load_demo()
    new = next_season(this)
    assert new.name == "Harbour Runners 2028"
    assert new.start == dt.date(2028, 1, 3)  # 52 weeks on: a Monday again
    assert (new.weeks, new.week_start, new.methodology) == (
        this.weeks, this.week_start, this.methodology
    )
    ana = new.athletes[0]
    assert [(r.name, r.date, r.priority) for r in ana.races] == [
        ("City Marathon", dt.date(2028, 6, 25), Priority.A),
        ("Autumn Coast Marathon", dt.date(2028, 10, 29), Priority.A),
    ]
    assert not any(r.priority is not Priority.A for a in new.athletes for r in a.races)


def test_settings_stay_and_calendar_entries_stay_behind() -> None:
    this = load_demo()
    new = next_season(this)
    for old, athlete in zip(this.athletes, new.athletes, strict=True):
        assert (athlete.id, athlete.name, athlete.notes) == (old.id, old.name, old.notes)
        assert athlete.methodology == old.methodology
        assert athlete.strength_days == old.strength_days
        assert athlete.away == ()
        assert athlete.week_notes == ()
    assert any(a.away for a in this.athletes) and any(a.week_notes for a in this.athletes)
    assert any(a.methodology for a in this.athletes)


def test_carried_races_get_new_unique_ids_and_keep_name_distance_and_notes() -> None:
    this = load_demo()
    new = next_season(this, set(Priority))
    old_ids = {r.id for a in this.athletes for r in a.races}
    moved = [r for a in new.athletes for r in a.races if r.id not in old_ids]
    ids = [r.id for a in new.athletes for r in a.races] + [a.id for a in new.athletes]
    assert len(ids) == len(set(ids))
    old_by_name = {(r.name, r.date + dt.timedelta(weeks=52)): r for a in this.athletes
                   for r in a.races}
    for race_ in moved:
        old = old_by_name[(race_.name, race_.date)]
        assert (race_.distance, race_.notes, race_.priority) == (
            old.distance, old.notes, old.priority
        )


def test_a_race_already_entered_for_next_season_stays_where_it_is() -> None:
    # Saoirse's spring marathon of 2028 was entered ahead, after this season's end.
    this = load_demo()
    saoirse = next(a for a in next_season(this, ()).athletes if a.name.startswith("Saoirse"))
    assert [(r.id, r.date) for r in saoirse.races] == [
        ("saoirse-marathon", dt.date(2028, 4, 16))
    ]


def test_chosen_priorities_only() -> None:
    this = load_demo()
    counts = {
        carry: sum(len(a.races) for a in next_season(this, carry).athletes)
        for carry in (frozenset(), frozenset({Priority.A}), frozenset(Priority))
    }
    # One A race (entered ahead for 2028) is already in the new season.
    assert counts[frozenset()] == 1
    assert counts[frozenset({Priority.A})] == 9
    assert counts[frozenset(Priority)] == 9 + 11


def test_the_same_race_entered_ahead_is_not_doubled() -> None:
    day = week_day(15)
    ahead = race(day + dt.timedelta(weeks=52), "A", name="Lakes Marathon", race_id="ahead")
    season = Season(
        name="Club 2027", start=START,
        athletes=(Athlete(id="a", name="A", races=(race(day, "A", name="Lakes Marathon"), ahead)),),
    )
    assert [r.id for r in next_season(season).athletes[0].races] == ["ahead"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Club 2027", "Club 2028"),
        ("Winter 2026/27", "Winter 2027/28"),
        ("Season 2026-2027", "Season 2027-2028"),
        ("2027 squad, 2027 goals", "2028 squad, 2028 goals"),
        ("Group 12345", "Group 12345 2028"),  # not a year: a year is added
        ("Harbour Runners", "Harbour Runners 2028"),
        ("Club 1999/00", "Club 2000/01"),
    ],
)
def test_the_year_in_the_name_moves_on(name: str, expected: str) -> None:
    assert next_season_name(name, dt.date(2027, 1, 4), dt.date(2028, 1, 3)) == expected


def test_a_season_starting_on_new_years_day_still_names_next_year() -> None:
    # 52 weeks after 1 Jan 2027 is 31 Dec 2027: the season is still 2028's.
    assert next_season_name("Club 2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31)) == "Club 2028"


def test_half_year_seasons() -> None:
    assert next_season_name("Club 2027", dt.date(2027, 9, 6), dt.date(2028, 3, 6)) == "Club 2028"
    # Two seasons in one year: the names must still differ.
    same_year = next_season_name("Spring 2027", dt.date(2027, 1, 4), dt.date(2027, 7, 5))
    assert same_year == "Spring 2027 (from 5 Jul 2027)"


def test_a_long_name_stays_within_the_limit() -> None:
    name = next_season_name("x" * MAX_NAME, dt.date(2027, 1, 4), dt.date(2028, 1, 3))
    assert len(name) == MAX_NAME and name.endswith(" 2028")


def test_a_season_at_the_end_of_time_is_refused_in_words() -> None:
    season = Season(name="Far", start=MAX_DATE - dt.timedelta(weeks=30), weeks=26)
    with pytest.raises(ValueError, match="after 31 Dec 2200"):
        next_season(season)


def test_the_name_can_be_chosen_and_ids_made_by_the_caller() -> None:
    ids = (f"new-{n}" for n in counter())
    new = next_season(load_demo(), name="Harbour 2028 squad", make_id=lambda: next(ids))
    assert new.name == "Harbour 2028 squad"
    assert new.athletes[0].races[0].id == "new-1"


weekdays = st.sampled_from(list(Weekday))
days = st.dates(dt.date(1990, 1, 1), dt.date(2150, 12, 31))


@st.composite
def seasons(draw: st.DrawFn) -> Season:
    start = draw(days)
    weeks = draw(st.integers(1, 104))
    calendar_days = st.integers(-60, 7 * weeks + 60).map(lambda n: start + dt.timedelta(n))
    races = tuple(
        race(day, draw(st.sampled_from("ABC")), name=f"R{n}")
        for n, day in enumerate(draw(st.lists(calendar_days, max_size=8)))
    )
    away_day = draw(calendar_days)
    athlete = Athlete(
        id="ath",
        name="Ath",
        notes=draw(st.text(st.characters(categories=["L", "N", "Zs"]), max_size=20)),
        races=races,
        methodology=AthleteMethodology(base=draw(st.integers(1, 8))),
        strength_days=tuple(draw(st.lists(weekdays, min_size=1, max_size=7, unique=True))),
        away=(AwayPeriod(start=away_day, end=away_day + dt.timedelta(3)),),
        week_notes=(WeekNote(date=away_day, text="note"),),
    )
    return Season(
        name=draw(st.sampled_from(["Club 2027", "Squad", "2026/27"])),
        start=start, weeks=weeks, week_start=draw(weekdays), athletes=(athlete,),
    )


@settings(max_examples=150, deadline=None)
@given(seasons(), st.frozensets(st.sampled_from(list(Priority))))
def test_weekdays_and_whole_weeks(this: Season, carry: frozenset[Priority]) -> None:
    new = next_season(this, carry)
    offset = new.start - this.start
    assert offset == season_offset(this) == dt.timedelta(weeks=this.weeks)
    assert new.start.weekday() == this.start.weekday()
    old_cal, new_cal = SeasonCalendar.of(this), SeasonCalendar.of(new)
    assert new_cal.start == old_cal.end + dt.timedelta(1)  # seasons follow each other
    old_races = this.athletes[0].races
    old_ids = {r.id for r in old_races}
    for moved in new.athletes[0].races:
        assert new_cal.contains(moved.date), "every race lies in the new season"
        if moved.id in old_ids:
            continue  # entered ahead: unchanged
        source = next(r for r in old_races if r.name == moved.name)
        assert moved.date - source.date == offset
        assert moved.date.weekday() == source.date.weekday()
        assert source.priority in carry and old_cal.contains(source.date)
    expected = {r.name for r in old_races if r.priority in carry and old_cal.contains(r.date)}
    expected |= {r.name for r in old_races if new_cal.contains(r.date)}
    assert {r.name for r in new.athletes[0].races} == expected
    athlete = new.athletes[0]
    assert (athlete.away, athlete.week_notes) == ((), ())
    assert (athlete.notes, athlete.methodology, athlete.strength_days) == (
        this.athletes[0].notes, this.athletes[0].methodology, this.athletes[0].strength_days
    )
