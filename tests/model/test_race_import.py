"""Planning a race list's import: where each row goes, what is skipped, what is bad."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner_gui.model.demo import load_demo
from planner_gui.model.race_import import Outcome, plan_import
from planner_gui.model.race_table import read_race_table
from planner_gui.model.season import (
    MAX_ATHLETES,
    MAX_NAME,
    MAX_RACES,
    Athlete,
    Distance,
    Priority,
    Race,
    Season,
)
from planner_gui.model.storage import season_from_json

CLUB_LIST = (
    "Athlete;Name;Date;Priority;Distance;Notes\r\n"
    "Kofi Mensah;Zürich-Marathon;27.06.2027;A;Marathon;Startnummer abholen\r\n"
    "zoë  ødegård;Stadtlauf Köln;12.09.2027;;10 km;\r\n"
    "KOFI MENSAH;Harbour PARKRUN;8 May 2027;;;\r\n"
    "Kofi Mensah;zürich-marathon;27.06.2027;;;\r\n"
    "Zoë Ødegård;Genève Half;31.02.2027;B;Half marathon;\r\n"
)


def plan(text: str, season: Season | None = None, **kwargs: bool):  # type: ignore[no-untyped-def]
    return plan_import(season or load_demo(), read_race_table(text.encode("cp1252")), **kwargs)


def test_the_club_list_goes_to_the_right_athletes_and_days() -> None:
    result = plan(CLUB_LIST)
    outcomes = [(p.row.number, p.outcome, p.athlete, p.new_athlete) for p in result.rows]
    assert outcomes == [
        (2, Outcome.ADD, "Kofi Mensah", False),
        (3, Outcome.ADD, "zoë ødegård", True),
        (4, Outcome.SKIP, "Kofi Mensah", False),  # the demo has it, spelled otherwise
        (5, Outcome.SKIP, "Kofi Mensah", False),  # row 2 again
        (6, Outcome.BAD, "zoë ødegård", True),
    ]
    reasons = [p.reason for p in result.rows]
    assert reasons[2] == "already in the season"
    assert reasons[3] == "the same race as row 2"
    assert "February 2027 has no day 31" in reasons[4]
    assert result.new_athletes == ("zoë ødegård",)
    assert result.summary() == "2 races, 1 new athlete, 2 already there, 1 bad row left out"


def test_apply_adds_the_good_rows_and_creates_unknown_athletes() -> None:
    demo = load_demo()
    after = plan(CLUB_LIST, demo).apply(demo)
    kofi = next(a for a in after.athletes if a.name == "Kofi Mensah")
    assert [r.name for r in kofi.races][-1] == "Zürich-Marathon"
    added = kofi.races[-1]
    assert (added.date, added.priority, added.distance, added.notes) == (
        dt.date(2027, 6, 27), Priority.A, Distance.MARATHON, "Startnummer abholen"
    )
    assert after.athletes[:-1] != demo.athletes  # Kofi changed …
    assert len(after.athletes) == len(demo.athletes) + 1
    new = after.athletes[-1]
    assert new.name == "zoë ødegård"
    assert [(r.name, r.priority, r.distance) for r in new.races] == [
        ("Stadtlauf Köln", Priority.C, Distance.TEN_K)  # no priority given: C
    ]
    # … and the result is a season file that loads again.
    assert season_from_json(after.model_dump(mode="json")) == after


def test_importing_the_same_list_twice_adds_nothing_the_second_time() -> None:
    demo = load_demo()
    once = plan(CLUB_LIST, demo).apply(demo)
    again = plan(CLUB_LIST, once)
    assert again.with_outcome(Outcome.ADD) == ()
    assert again.apply(once) == once


@pytest.mark.parametrize(
    ("date", "reason"),
    [
        ("2026-12-31", "31 Dec 2026 is before the season starts (4 Jan 2027)"),
        ("3 Jan 2028", "3 Jan 2028 is after the season ends (2 Jan 2028)"),
        ("13/13/2027", "the date “13/13/2027”: There is no month 13"),
        ("31.02.2027", "the date “31.02.2027”: February 2027 has no day 31"),
        ("next Sunday", "“next Sunday” is not a whole date"),
    ],
)
def test_dates_outside_the_season_or_unreadable_are_bad_rows(date: str, reason: str) -> None:
    (row,) = plan(f"athlete,name,date\nAna Martínez,Late race,{date}\n").rows
    assert row.outcome is Outcome.BAD
    assert reason in row.reason


def test_dates_that_read_two_ways_follow_the_choice_else_day_first() -> None:
    text = "athlete,name,date\nAna,Spring 10k,03/04/2027\nAna,Summer 10k,05/06/2027\n"
    assumed = plan(text)
    assert assumed.ambiguous == ("03/04/2027", "05/06/2027")
    assert [p.day for p in assumed.rows] == [dt.date(2027, 4, 3), dt.date(2027, 6, 5)]
    chosen = plan(text, month_first=True)
    assert [p.day for p in chosen.rows] == [dt.date(2027, 3, 4), dt.date(2027, 5, 6)]
    # One date that reads one way only settles the rest: 06/27/2027 is month first.
    settled = plan(text + "Ana,Midsummer,06/27/2027\n")
    assert settled.ambiguous == ()
    assert [p.day for p in settled.rows][:2] == [dt.date(2027, 3, 4), dt.date(2027, 5, 6)]


def test_names_longer_than_the_file_allows_are_bad_rows() -> None:
    long = "x" * (MAX_NAME + 1)
    rows = plan(f"athlete,name,date\nAna,{long},2027-05-16\n{long},Run,2027-05-16\n").rows
    assert [p.outcome for p in rows] == [Outcome.BAD, Outcome.BAD]
    assert rows[0].reason == f"the race name is longer than {MAX_NAME} characters"
    assert rows[1].reason == f"the athlete's name is longer than {MAX_NAME} characters"



def test_an_athlete_name_with_a_control_character_is_a_bad_row() -> None:
    demo = load_demo()
    result = plan("athlete,name,date\nNew\x1bRunner,City 10k,2027-05-16\n", demo)
    (row,) = result.rows
    assert row.outcome is Outcome.BAD
    assert "control characters" in row.reason and "U+001B" in row.reason
    assert result.apply(demo) == demo

def _season(athletes: int, races: int = 0) -> Season:
    day = dt.date(2027, 1, 10)
    return Season(
        name="Full",
        start=dt.date(2027, 1, 4),
        athletes=tuple(
            Athlete(name=f"A{i}", races=tuple(Race(name=f"R{r}", date=day) for r in range(races)))
            for i in range(athletes)
        ),
    )


def test_a_row_that_would_pass_the_races_limit_is_bad() -> None:
    full = _season(1, MAX_RACES - 1)
    text = "athlete,name,date\na0,One more,2027-05-16\nA0,Too many,2027-05-17\n"
    (ok, over) = plan(text, full).rows
    assert ok.outcome is Outcome.ADD
    assert over.outcome is Outcome.BAD
    assert f"more than {MAX_RACES} races" in over.reason
    after = plan(text, full).apply(full)
    assert len(after.athletes[0].races) == MAX_RACES


def test_a_row_that_would_pass_the_athletes_limit_is_bad() -> None:
    full = _season(MAX_ATHLETES - 1)
    text = "athlete,name,date\nNew one,R,2027-05-16\nnew ONE,S,2027-05-17\nAnother,R,2027-05-16\n"
    rows = plan(text, full).rows
    assert [p.outcome for p in rows] == [Outcome.ADD, Outcome.ADD, Outcome.BAD]
    assert f"already has {MAX_ATHLETES} athletes" in rows[2].reason
    assert len(plan(text, full).apply(full).athletes) == MAX_ATHLETES


_names = st.sampled_from(
    ["Ana Martínez", "ana  martínez", "Kofi Mensah", "New Runner", "new runner"]
)
_races = st.sampled_from(["City 10k", "city 10K", "Spring Half", "Brand New Race"])
_days = st.dates(dt.date(2026, 12, 1), dt.date(2028, 2, 1))


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(st.tuples(_names, _races, _days), max_size=12))
def test_an_import_never_doubles_a_race_and_adds_exactly_the_added_rows(rows) -> None:  # type: ignore[no-untyped-def]
    demo = load_demo()
    text = "athlete,name,date\n" + "".join(f"{a},{r},{d.isoformat()}\n" for a, r, d in rows)
    result = plan(text, demo)
    after = result.apply(demo)
    before = sum(len(a.races) for a in demo.athletes)
    added = len(result.with_outcome(Outcome.ADD))
    assert sum(len(a.races) for a in after.athletes) == before + added
    for athlete in after.athletes:
        keys = [(" ".join(r.name.split()).casefold(), r.date) for r in athlete.races]
        assert len(keys) == len(set(keys))
    assert plan(text, after).with_outcome(Outcome.ADD) == ()
